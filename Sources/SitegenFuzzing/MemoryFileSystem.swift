import Foundation
import SitegenCore

/// A file system in memory, behind a ``FileIO``: the fuzzer builds whole
/// sites without touching the disk, whatever paths the input asks for.
/// Paths are absolute; there are no symbolic links.
public final class MemoryFileSystem: @unchecked Sendable {
    private enum Entry { case file([UInt8]), directory }

    private let lock = NSLock()
    private var entries: [String: Entry] = ["/": .directory]

    public init(files: [String: [UInt8]] = [:]) {
        for (path, bytes) in files { try? writeFile(path, bytes) }
    }

    /// Every file with its bytes, by absolute path.
    public var files: [String: [UInt8]] {
        locked {
            entries.compactMapValues { entry in
                if case .file(let bytes) = entry { return bytes }
                return nil
            }
        }
    }

    public var fileIO: FileIO {
        FileIO(
            read: { [self] path in
                try locked {
                    guard case .file(let bytes)? = entries[Self.normalize(path)] else { throw FileIOError.notFound(path) }
                    return bytes
                }
            },
            write: { [self] path, bytes in try writeFile(path, bytes) },
            list: { [self] path in
                try locked {
                    let folder = Self.normalize(path)
                    guard case .directory? = entries[folder] else { throw FileIOError.notFound(path) }
                    let prefix = folder == "/" ? "/" : folder + "/"
                    return entries.keys.filter { $0.hasPrefix(prefix) && $0 != folder }
                        .map { String($0.dropFirst(prefix.count)) }.filter { !$0.contains("/") }.sorted()
                }
            },
            kind: { [self] path in
                locked {
                    switch entries[Self.normalize(path)] {
                    case .file?: return .file
                    case .directory?: return .directory
                    case nil: return nil
                    }
                }
            },
            resolve: { [self] path in locked { entries[Self.normalize(path)] == nil ? nil : Self.normalize(path) } },
            makeDirectory: { [self] path in try makeDirectory(Self.normalize(path)) },
            remove: { [self] path in
                locked {
                    let target = Self.normalize(path)
                    entries = entries.filter { $0.key != target && !$0.key.hasPrefix(target + "/") }
                }
            },
            move: { [self] from, to in
                try locked {
                    let source = Self.normalize(from), target = Self.normalize(to)
                    guard entries[source] != nil else { throw FileIOError.notFound(from) }
                    // rename(2): a file replaces a file; a folder replaces only nothing.
                    switch (entries[source], entries[target]) {
                    case (_, nil), (.file?, .file?): break
                    default: throw FileIOError.cannotMove(from, to, reason: "target exists")
                    }
                    for (key, entry) in entries where key == source || key.hasPrefix(source + "/") {
                        entries[key] = nil
                        entries[target + key.dropFirst(source.count)] = entry
                    }
                }
            },
            copy: { [self] from, to in
                let bytes = try locked { () throws -> [UInt8] in
                    guard case .file(let bytes)? = entries[Self.normalize(from)] else { throw FileIOError.notFound(from) }
                    return bytes
                }
                try writeFile(to, bytes)
            }
        )
    }

    private func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let target = Self.normalize(path)
        try makeDirectory(Self.parent(of: target))
        try locked {
            if case .directory? = entries[target] { throw FileIOError.cannotRead(path, reason: "is a folder") }
            entries[target] = .file(bytes)
        }
    }

    private func makeDirectory(_ path: String) throws {
        try locked {
            var current = ""
            for part in path.split(separator: "/") {
                current += "/" + part
                switch entries[current] {
                case .file?: throw FileIOError.cannotRead(current, reason: "not a folder")
                case .directory?: continue
                case nil: entries[current] = .directory
                }
            }
        }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// `/a/./b/../c/` → `/a/c`; relative paths are taken from `/`.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }
}
