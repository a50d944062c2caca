/// Bounds how many jobs run at once and how many may wait, so a burst cannot exhaust memory
/// or CPU: a job over both bounds is refused at once, and one that waits longer than its
/// deadline gives up (the server answers 503 either way).
public actor JobLimiter {
    public let running: Int
    public let waiting: Int
    private var active = 0
    private var queue: [(id: Int, continuation: CheckedContinuation<Bool, Never>)] = []
    private var nextID = 0

    public init(running: Int, waiting: Int) {
        self.running = max(1, running)
        self.waiting = max(0, waiting)
    }

    /// True when the job may run; false when the queue is full or `deadline` passed first.
    public func acquire(waitingAtMost deadline: Duration? = nil) async -> Bool {
        if active < running {
            active += 1
            return true
        }
        guard queue.count < waiting else { return false }
        nextID += 1
        let id = nextID
        return await withCheckedContinuation { continuation in
            queue.append((id, continuation))
            if let deadline {
                Task {
                    try? await Task.sleep(for: deadline)
                    self.giveUp(id)
                }
            }
        }
    }

    private func giveUp(_ id: Int) {
        guard let index = queue.firstIndex(where: { $0.id == id }) else { return }
        queue.remove(at: index).continuation.resume(returning: false)
    }

    public func release() {
        if queue.isEmpty {
            active -= 1
        } else {
            // The slot passes straight to the next job in line.
            queue.removeFirst().continuation.resume(returning: true)
        }
    }

    /// Jobs running and waiting now (for /healthz).
    public var load: (running: Int, waiting: Int) { (active, queue.count) }
}
