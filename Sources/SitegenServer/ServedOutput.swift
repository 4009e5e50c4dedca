import Foundation

/// The output folder the dev server answers from. The server listens before
/// its first build (so a port in use is reported before anything is
/// written), and learns the folder when that build has resolved it.
final class ServedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var current: OutputFiles?

    /// Nil until the first build has run.
    var files: OutputFiles? { lock.withLock { current } }

    func set(_ files: OutputFiles) { lock.withLock { current = files } }
}
