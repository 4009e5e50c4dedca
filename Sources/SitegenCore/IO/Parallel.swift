import Dispatch

/// Deterministic parallel map over indexes on a fixed number of workers:
/// results come back in index order whatever the scheduling.
public enum Parallel {
    public static func map<T: Sendable>(_ count: Int, workers: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let workers = max(1, min(workers, count))
        if workers == 1 { return (0..<count).map(transform) }
        let results = UnsafeResults<T>(count: count)
        // Small chunks balance uneven pages; an atomic-free static stride is enough here.
        let chunk = max(1, min(64, count / (workers * 8)))
        let chunks = (count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let start = c * chunk
            for index in start..<min(count, start + chunk) { results.set(index, transform(index)) }
        }
        return results.values()
    }
}

/// A write-once buffer each slot of which is set by exactly one worker.
private final class UnsafeResults<T>: @unchecked Sendable {
    private let buffer: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: T) { buffer[index] = value }

    func values() -> [T] { (0..<count).map { buffer[$0]! } }

    deinit {
        buffer.deinitialize(count: count)
        buffer.deallocate()
    }
}
