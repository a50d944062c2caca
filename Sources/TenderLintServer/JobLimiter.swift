/// Bounds how many lint jobs run at once and how many may wait, so a burst of uploads
/// cannot exhaust memory: a job over both bounds is refused at once (the server answers 503).
public actor JobLimiter {
    public let running: Int
    public let waiting: Int
    private var active = 0
    private var queue: [CheckedContinuation<Void, Never>] = []

    public init(running: Int, waiting: Int) {
        self.running = max(1, running)
        self.waiting = max(0, waiting)
    }

    /// False when the job was refused because the queue is full.
    public func acquire() async -> Bool {
        if active < running {
            active += 1
            return true
        }
        guard queue.count < waiting else { return false }
        await withCheckedContinuation { queue.append($0) }
        return true
    }

    public func release() {
        if queue.isEmpty {
            active -= 1
        } else {
            // The slot passes straight to the next job in line.
            queue.removeFirst().resume()
        }
    }

    /// Jobs running and waiting now (for /healthz).
    public var load: (running: Int, waiting: Int) { (active, queue.count) }
}
