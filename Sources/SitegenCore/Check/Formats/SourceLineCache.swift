import Foundation

/// Source lines for diagnostic excerpts, each file read and split once.
public final class SourceLineCache: @unchecked Sendable {
    private let root: String
    private let fileIO: FileIO
    private var texts: [String: SourceText?] = [:]
    private let lock = NSLock()

    /// - Parameter root: the site root; diagnostics name files relative to it.
    public init(root: String, fileIO: FileIO = .disk) {
        self.root = root
        self.fileIO = fileIO
    }

    public func line(file: String, line: Int) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if texts[file] == nil {
            let path = file.hasPrefix("/") ? file : root + "/" + file
            let text = (try? fileIO.read(path)).flatMap { String(validating: $0, as: UTF8.self) }
            texts[file] = .some(text.map(SourceText.init))
        }
        return texts[file]??.line(line).map(String.init)
    }
}
