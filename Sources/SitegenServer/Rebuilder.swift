import Foundation
import SitegenCore

/// Runs builds one at a time on a thread of its own: `trigger(_:)` asks for a
/// build; triggers that arrive while one runs are folded into the next, and
/// the build hears what changed since the last one began.
/// Waits a few milliseconds first, since editors save in several steps.
final class Rebuilder: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending = false
    private var changes = FileChanges()
    private var stopped = false
    private let debounce: TimeInterval
    private let build: @Sendable (FileChanges) -> Void
    /// Signalled when the build thread has returned.
    private let finished = DispatchSemaphore(value: 0)
    private var started = false

    init(debounce: TimeInterval = 0.015, build: @escaping @Sendable (FileChanges) -> Void) {
        self.debounce = debounce
        self.build = build
    }

    func start() {
        condition.withLock { started = true }
        let thread = Thread { [self] in
            loop()
            finished.signal()
        }
        thread.name = "sitegen-rebuild"
        thread.start()
    }

    /// Whether a change arrived since the running build started.
    var hasPending: Bool { condition.withLock { pending } }

    func trigger(_ more: FileChanges = .unknown) {
        condition.lock()
        pending = true
        changes.merge(more)
        condition.signal()
        condition.unlock()
    }

    /// Stops after the running build (if any) and waits for the thread, up to a few seconds.
    func stop() {
        condition.lock()
        stopped = true
        let wasStarted = started
        started = false
        condition.signal()
        condition.unlock()
        if wasStarted { _ = finished.wait(timeout: .now() + 5) }
    }

    private func loop() {
        while true {
            condition.lock()
            while !pending, !stopped { condition.wait() }
            if stopped {
                condition.unlock()
                return
            }
            condition.unlock()
            Thread.sleep(forTimeInterval: debounce)
            condition.lock()
            pending = false
            let seen = changes
            changes = FileChanges()
            condition.unlock()
            build(seen)
        }
    }
}
