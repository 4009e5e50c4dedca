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

    /// Serves `path` from now on (nothing to do when it is the same).
    func follow(_ path: String) {
        lock.withLock {
            guard path != self.path else { return }
            self.path = path
            current = OutputFiles(root: path)
        }
    }
}
