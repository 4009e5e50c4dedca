/// What a ``FileWatcher`` saw since the last build: which files were
/// written, and whether anything else happened. A build told only of
/// written files reads just those; anything else (a file or folder created,
/// deleted or moved, an editor's save by rename, a lost event, polling)
/// makes it look at every file again.
public struct FileChanges: Sendable, Equatable {
    /// Absolute paths of existing files whose contents or stamps changed.
    public var written: Set<String> = []
    /// Whether something other than writes to existing files happened.
    public var other = false

    public init(written: Set<String> = [], other: Bool = false) {
        self.written = written
        self.other = other
    }

    /// Changes that say nothing about which files: look at everything.
    public static let unknown = FileChanges(other: true)

    /// The files a build may limit its reading to, or nil: read everything.
    public var onlyWritten: Set<String>? { other ? nil : written }

    public mutating func merge(_ more: FileChanges) {
        written.formUnion(more.written)
        other = other || more.other
    }
}
