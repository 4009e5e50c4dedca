import Dispatch
import Foundation

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

extension Parallel {
    /// `body` on one run of consecutive indexes of `0..<count` per worker (at
    /// most `workers` runs, in order): for work that keeps a state per run and
    /// merges the runs afterwards, where many small parts would cost more.
    public static func runs<T: Sendable>(_ count: Int, workers: Int, _ body: @Sendable (Range<Int>) -> T) -> [T] {
        let workers = max(1, min(workers, count))
        let size = (count + workers - 1) / workers
        return map(workers, workers: workers) { run in body(min(count, run * size)..<min(count, run * size + size)) }
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

extension Parallel {
    /// Runs `side` on a thread of its own while `main` runs on this one (which
    /// may itself use `Parallel.map`), and returns both results: a serial
    /// step overlaps a parallel one instead of waiting for it.
    public static func both<A, B: Sendable>(_ main: () throws -> A, alongside side: @escaping @Sendable () -> B) rethrows -> (A, B) {
        let box = SideResult<B>(side)
        let thread = Thread { box.run() }
        thread.stackSize = 8 << 20
        thread.start()
        let first: A
        do {
            first = try main()
        } catch {
            box.done.wait()
            throw error
        }
        box.done.wait()
        return (first, box.take())
    }
}

/// The side job and its result. The job (and all it captured) is released
/// before `done` is signalled: the thread object lives on for a moment after
/// its block returns, and nothing of the build may stay reachable only from
/// it (a process exiting right afterwards would hold it, and LeakSanitizer,
/// which cannot follow Swift's tagged pointers, reported the templates it
/// reached as leaks).
private final class SideResult<B>: @unchecked Sendable {
    private var work: (@Sendable () -> B)?
    private var value: B?
    let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> B) { self.work = work }

    func run() {
        value = work?()
        work = nil
        done.signal()
    }

    /// The result, handed over (the box keeps no reference to it).
    func take() -> B {
        defer { value = nil }
        return value!
    }
}
