#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads and writes with the system calls themselves: a build
/// reads and writes ten thousand pages, and Foundation's `FileHandle` and
/// `Data` paths copied every page twice (and asked `FileManager` about its
/// folder each time).
enum POSIXFile {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var action: String
        var code: Int32

        var description: String { "cannot \(action) \(path): \(String(cString: strerror(code)))" }
    }

    /// Writes `bytes` to `path` (created or truncated, mode 0666 less the
    /// umask); missing parent folders are created when the first open says so.
    static func write(_ bytes: [UInt8], to path: String) throws {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        if descriptor < 0, errno == ENOENT {
            try makeFolders(parentOf: path)
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        }
        guard descriptor >= 0 else { throw Failure(path: path, action: "write", code: errno) }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, action: "write", code: errno)
                }
                offset += written
            }
        }
    }

    /// The whole file's bytes; nil when it cannot be opened (the caller says why).
    /// Reads until the end, so a file that grows or shrinks meanwhile is read as it ends up.
    static func read(_ path: String) throws -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 && info.st_size > 0 ? Int(info.st_size) : 0
        var bytes = [UInt8](repeating: 0, count: expected + 1)  // one more, to see the end at once
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, action: "read", code: errno)
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// Creates every missing folder above `path`, like `mkdir -p` of its parent.
    /// Makes the folder `path` and any missing parents (`mkdir -p`).
    static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o755) == 0 { return }
        switch errno {
        case EEXIST:
            var info = stat()
            guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                throw Failure(path: path, action: "create the folder", code: EEXIST)
            }
        case ENOENT:
            try makeFolders(parentOf: path)
            if mkdir(path, 0o755) != 0, errno != EEXIST { throw Failure(path: path, action: "create the folder", code: errno) }
        default:
            throw Failure(path: path, action: "create the folder", code: errno)
        }
    }

    static func makeFolders(parentOf path: String) throws {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.utf8.startIndex else { return }
        let parent = String(path[..<slash])
        if mkdir(parent, 0o755) == 0 { return }
        switch errno {
        case EEXIST: return
        case ENOENT:
            try makeFolders(parentOf: parent)
            if mkdir(parent, 0o755) != 0, errno != EEXIST {
                throw Failure(path: parent, action: "create the folder", code: errno)
            }
        default:
            throw Failure(path: parent, action: "create the folder", code: errno)
        }
    }
}

/// The C `write`, named apart from `POSIXFile.write` (which shadows it inside the type).
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// The C `read`, named apart from `POSIXFile.read`.
private func systemRead(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, bytes, count)
}
