import Foundation

/// The output folder the dev server answers from: the last successful
/// build's, which a configuration edit (`output:`) can move.
final class ServedFolder: @unchecked Sendable {
    private let lock = NSLock()
    private var current: OutputFiles
    private var path: String

    init(_ path: String) {
        self.path = path
        current = OutputFiles(root: path)
    }

    var files: OutputFiles { lock.withLock { current } }

    /// Serves `path` from now on; false (and nothing done) when it is the same.
    @discardableResult
    func follow(_ path: String) -> Bool {
        lock.withLock {
            guard path != self.path else { return false }
            self.path = path
            current = OutputFiles(root: path)
            return true
        }
    }
}
