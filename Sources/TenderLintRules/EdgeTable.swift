/// One open-addressing hash table holding every edge of a trie, keyed by (node, label):
/// a lookup is a multiply, a mask and a probe or two, with no per-node dictionaries and no
/// SipHash, so matching cost stays flat as term lists grow. A (node, label) pair may have
/// several edges (words whose hashes collide); callers tell them apart.
struct EdgeTable: Sendable {
    private var froms: [Int32]
    private var labels: [UInt64]
    private var targets: [Int32]
    private var mask: Int
    private(set) var count = 0

    init() {
        froms = [Int32](repeating: -1, count: 16)
        labels = [UInt64](repeating: 0, count: 16)
        targets = [Int32](repeating: 0, count: 16)
        mask = 15
    }

    @inline(__always)
    private func slot(_ from: Int32, _ label: UInt64) -> Int {
        var hash = label &+ UInt64(UInt32(bitPattern: from)) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 31
        hash &*= 0xD6E8_FEB8_6659_FD93
        hash ^= hash >> 32
        return Int(truncatingIfNeeded: hash) & mask
    }

    mutating func insert(from: Int32, label: UInt64, target: Int32) {
        if (count + 1) * 2 > froms.count { grow() }
        var index = slot(from, label)
        while froms[index] >= 0 { index = (index + 1) & mask }
        froms[index] = from
        labels[index] = label
        targets[index] = target
        count += 1
    }

    private mutating func grow() {
        let old = (froms, labels, targets)
        let capacity = froms.count * 2
        froms = [Int32](repeating: -1, count: capacity)
        labels = [UInt64](repeating: 0, count: capacity)
        targets = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        count = 0
        for index in old.0.indices where old.0[index] >= 0 {
            insert(from: old.0[index], label: old.1[index], target: old.2[index])
        }
    }

    /// Calls `body` with the target of every edge from `from` labelled `label`.
    @inline(__always)
    func forEach(from: Int32, label: UInt64, _ body: (Int32) -> Void) {
        var index = slot(from, label)
        while froms[index] >= 0 {
            if froms[index] == from, labels[index] == label { body(targets[index]) }
            index = (index + 1) & mask
        }
    }

    /// The target of the first edge from `from` labelled `label` that `accept` takes.
    @inline(__always)
    func first(from: Int32, label: UInt64, where accept: (Int32) -> Bool = { _ in true }) -> Int32? {
        var index = slot(from, label)
        while froms[index] >= 0 {
            if froms[index] == from, labels[index] == label, accept(targets[index]) { return targets[index] }
            index = (index + 1) & mask
        }
        return nil
    }
}
