import Foundation
import Mustache

/// The template values of navigation items shown closed (neither open nor
/// the current page), by the root (`../../`) of the pages showing them. They
/// are the same for every page at that depth, so each is made once per
/// build rather than once per page: a page of the 10,000-page benchmark
/// shows about 80 items, all but three of them closed.
final class ClosedNavItems: @unchecked Sendable {
    private let lock = NSLock()
    private var byRoot: [String: [Int: MustacheRecord]] = [:]

    /// The items made so far for pages with this root.
    func known(root: String) -> [Int: MustacheRecord] {
        lock.lock()
        defer { lock.unlock() }
        return byRoot[root] ?? [:]
    }

    /// Adds items made for a page with this root.
    func add(_ items: [Int: MustacheRecord], root: String) {
        lock.lock()
        defer { lock.unlock() }
        byRoot[root, default: [:]].merge(items) { kept, _ in kept }
    }
}
