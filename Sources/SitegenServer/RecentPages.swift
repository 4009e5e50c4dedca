import Foundation

/// The output paths of the HTML pages served most recently (most recent
/// first, at most 16): likely open in a browser, so rebuilt first.
final class RecentPages: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    static let limit = 16

    func note(_ outputPath: String) {
        lock.withLock {
            list.removeAll { $0 == outputPath }
            list.insert(outputPath, at: 0)
            if list.count > Self.limit { list.removeLast() }
        }
    }

    var paths: [String] { lock.withLock { list } }
}
