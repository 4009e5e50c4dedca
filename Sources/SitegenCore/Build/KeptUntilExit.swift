import Foundation

/// Objects a one-shot command keeps alive until the process exits, so their
/// memory goes back to the system at once instead of being freed piece by
/// piece (`BuildOptions.freesModel`). They stay reachable from here, but
/// LeakSanitizer cannot follow the tagged pointers Swift keeps inside them
/// (enum payloads, weak references), so runs under it free their model.
enum KeptUntilExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var objects: [AnyObject] = []

    static func keep(_ object: AnyObject) {
        lock.lock()
        objects.append(object)
        lock.unlock()
    }

    static var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return objects.count
    }
}
