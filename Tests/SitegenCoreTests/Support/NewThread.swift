import Foundation

/// Runs `body` on a thread of its own (a new one, not a pooled one, so
/// whatever it keeps per thread starts empty and goes when it ends) and waits
/// for `body` to return.
func runOnNewThread(_ body: @escaping @Sendable () -> Void) {
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        body()
        done.signal()
    }
    thread.start()
    done.wait()
}
