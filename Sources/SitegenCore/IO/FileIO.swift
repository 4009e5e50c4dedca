import Foundation

/// Every file-system operation sitegen performs, behind one small value so
/// the pipeline can run against the disk or against memory in tests.
/// Paths are absolute (or relative to the working folder) POSIX paths.
public struct FileIO: Sendable {
    public enum EntryKind: Sendable, Hashable { case file, directory, symlink, other }

    public var read: @Sendable (_ path: String) throws -> [UInt8]
    /// Writes a file, creating missing parent folders.
    public var write: @Sendable (_ path: String, _ bytes: [UInt8]) throws -> Void
    /// Names in a folder (not recursive), sorted.
    public var list: @Sendable (_ path: String) throws -> [String]
    /// What is at a path without following a final symlink; nil when nothing is.
    public var kind: @Sendable (_ path: String) -> EntryKind?
    /// The canonical path (symlinks resolved); nil when it does not exist.
    public var resolve: @Sendable (_ path: String) -> String?
    public var makeDirectory: @Sendable (_ path: String) throws -> Void
    public var remove: @Sendable (_ path: String) throws -> Void
    public var move: @Sendable (_ from: String, _ to: String) throws -> Void
    public var copy: @Sendable (_ from: String, _ to: String) throws -> Void
    /// Size, change times and inode of a file, to tell cheaply whether it may
    /// have changed (incremental builds then compare content hashes); nil
    /// when unknown, which means "read it".
    public var stamp: @Sendable (_ path: String) -> FileStamp?
    /// The stamp of every folder under a folder (itself included, hidden ones
    /// skipped), to tell cheaply that no file was added, removed or renamed;
    /// nil when unknown or when the tree holds symbolic links.
    public var folderStamps: @Sendable (_ path: String) -> [String: FileStamp]?

    public init(
        read: @escaping @Sendable (String) throws -> [UInt8],
        write: @escaping @Sendable (String, [UInt8]) throws -> Void,
        list: @escaping @Sendable (String) throws -> [String],
        kind: @escaping @Sendable (String) -> EntryKind?,
        resolve: @escaping @Sendable (String) -> String?,
        makeDirectory: @escaping @Sendable (String) throws -> Void,
        remove: @escaping @Sendable (String) throws -> Void,
        move: @escaping @Sendable (String, String) throws -> Void,
        copy: @escaping @Sendable (String, String) throws -> Void,
        stamp: @escaping @Sendable (String) -> FileStamp? = { _ in nil },
        folderStamps: @escaping @Sendable (String) -> [String: FileStamp]? = { _ in nil }
    ) {
        self.read = read
        self.write = write
        self.list = list
        self.kind = kind
        self.resolve = resolve
        self.makeDirectory = makeDirectory
        self.remove = remove
        self.move = move
        self.copy = copy
        self.stamp = stamp
        self.folderStamps = folderStamps
    }

    public func exists(_ path: String) -> Bool { kind(path) != nil }

    public func readText(_ path: String) throws -> String {
        String(decoding: try read(path), as: UTF8.self)
    }
}

extension FileIO {
    /// The real file system.
    public static let disk = FileIO(
        read: { path in
            guard let bytes = try POSIXFile.read(path) else { throw FileIOError.cannotRead(path, reason: FileIO.reason(path)) }
            return bytes
        },
        write: { path, bytes in try POSIXFile.write(bytes, to: path) },
        list: { path in try FileManager.default.contentsOfDirectory(atPath: path).sorted() },
        kind: { path in
            var info = stat()
            guard lstat(path, &info) == 0 else { return nil }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .directory
            case S_IFLNK: return .symlink
            default: return .other
            }
        },
        resolve: { path in
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        },
        makeDirectory: { path in try POSIXFile.makeFolder(path) },
        remove: { path in try FileManager.default.removeItem(atPath: path) },
        move: { from, to in
            guard rename(from, to) == 0 else { throw FileIOError.cannotMove(from, to, reason: String(cString: strerror(errno))) }
        },
        copy: { from, to in
            let parent = (to as NSString).deletingLastPathComponent
            if !parent.isEmpty { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) }
            try FileManager.default.copyItem(atPath: from, toPath: to)
        },
        stamp: { path in FileStamp.of(path) },
        folderStamps: { path in FolderWalk.stamps(under: path) }
    )

    static func reason(_ path: String) -> String {
        var info = stat()
        if stat(path, &info) != 0 { return String(cString: strerror(errno)) }
        if access(path, R_OK) != 0 { return "permission denied" }
        return "cannot open"
    }
}

/// What `stat` says about a file: equal stamps mean "very likely unchanged".
public struct FileStamp: Sendable, Hashable {
    public var size: Int64
    public var inode: UInt64
    /// Modification and status-change times in nanoseconds.
    public var modified: Int64
    public var changed: Int64

    public init(size: Int64, inode: UInt64, modified: Int64, changed: Int64) {
        self.size = size
        self.inode = inode
        self.modified = modified
        self.changed = changed
    }
}

extension FileStamp {
    /// `stat` of a path (following symbolic links); nil when it does not exist.
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(size: Int64(info.st_size), inode: UInt64(info.st_ino),
                         modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                         changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec))
    }
}

public enum FileIOError: Error, CustomStringConvertible, Sendable {
    case cannotRead(String, reason: String)
    case cannotMove(String, String, reason: String)
    case notFound(String)

    public var description: String {
        switch self {
        case .cannotRead(let path, let reason): return "cannot read \(path): \(reason)"
        case .cannotMove(let from, let to, let reason): return "cannot move \(from) to \(to): \(reason)"
        case .notFound(let path): return "\(path) does not exist"
        }
    }
}
