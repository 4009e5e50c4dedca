import Foundation
import SitegenCore

/// Writes what builds deferred (the search index) on a thread of its own,
/// once builds have been quiet for a moment, so the next edit never waits
/// for it.
final class DeferredWriter: @unchecked Sendable {
    private let condition = NSCondition()
    private var poked = false
    private var stopped = false
    private let quiet: TimeInterval
    private let session: BuildSession
    /// True while an edit waits for a build: the deferred work stops and
    /// waits for that build's own.
    private var interrupt: @Sendable () -> Bool = { false }

    init(session: BuildSession, quiet: TimeInterval = 0.3) {
        self.session = session
        self.quiet = quiet
    }

    func start(interruptWhen interrupt: @escaping @Sendable () -> Bool) {
        self.interrupt = interrupt
        let thread = Thread { [self] in loop() }
        thread.name = "sitegen-deferred"
        thread.start()
    }

    /// A build finished.
    func poke() {
        condition.withLock {
            poked = true
            condition.signal()
        }
    }

    func stop() {
        condition.withLock {
            stopped = true
            condition.signal()
        }
    }

    private func loop() {
        while true {
            condition.lock()
            while !poked, !stopped { condition.wait() }
            if stopped {
                condition.unlock()
                return
            }
            // Wait until no build finished for `quiet` seconds.
            repeat {
                poked = false
                _ = condition.wait(until: Date().addingTimeInterval(quiet))
            } while poked && !stopped
            condition.unlock()
            // One thread: the other core stays free for the next edit's build.
            if session.hasDeferredContent { session.writeDeferredContent(workers: 1, shouldStop: interrupt) }
        }
    }
}
