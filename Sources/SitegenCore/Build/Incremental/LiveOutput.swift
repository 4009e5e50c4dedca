import Foundation

/// The output folder of a serve session after its first (atomic) build:
/// later builds replace single files, each atomically (written beside it,
/// then renamed over it), and only when their bytes changed, so the server
/// never reads a half-written file and unchanged files keep their times.
final class LiveOutput: @unchecked Sendable {
    let output: String
    private let fileIO: FileIO
    private let lock = NSLock()
    /// Content digest of every file the session wrote, by output path.
    private(set) var digests: [String: Int] = [:]
    private(set) var written: [String] = []
    private(set) var bytesWritten = 0

    init(output: String, fileIO: FileIO, digests: [String: Int] = [:]) {
        self.output = output.hasSuffix("/") ? String(output.dropLast()) : output
        self.fileIO = fileIO
        self.digests = digests
    }

    /// Whether the folder still holds what the session wrote, as far as a look at the folder and
    /// at one of its files tells (`rm -rf public`, or its files removed, behind the session's back).
    var isIntact: Bool {
        guard fileIO.kind(output) == .directory else { return false }
        guard let sample = lock.withLock({ digests.keys.first }), let target = try? path(of: sample) else { return true }
        return fileIO.exists(target)
    }

    /// Files written (or recorded) since `begin()`.
    var writtenCount: Int { lock.withLock { written.count } }

    /// Starts counting the files of a new build.
    func begin() {
        lock.withLock {
            written = []
            bytesWritten = 0
        }
    }

    /// Remembers a file written some other way (the first build's transaction).
    func record(_ path: String, digest: Int, bytes: Int) {
        lock.withLock {
            digests[path] = digest
            written.append(path)
            bytesWritten += bytes
        }
    }

    /// Writes the file unless it already has these bytes; true when written.
    @discardableResult
    func write(_ file: RenderedFile) throws -> Bool {
        let digest = ContentDigest.of(file.bytes)
        if lock.withLock({ digests[file.path] == digest }) { return false }
        let target = try path(of: file.path)
        let temporary = (target as NSString).deletingLastPathComponent + "/.sitegen-\(UInt32.random(in: 0...UInt32.max)).tmp"
        try fileIO.write(temporary, file.bytes)
        do {
            try fileIO.move(temporary, target)
        } catch {
            try? fileIO.remove(temporary)
            throw error
        }
        lock.withLock {
            digests[file.path] = digest
            written.append(file.path)
            bytesWritten += file.bytes.count
        }
        return true
    }

    /// Copies a content file (an image, a PDF) into place.
    func copy(from source: String, to path: String, digest: Int) throws {
        if lock.withLock({ digests[path] == digest }) { return }
        let target = try self.path(of: path)
        let temporary = (target as NSString).deletingLastPathComponent + "/.sitegen-\(UInt32.random(in: 0...UInt32.max)).tmp"
        try fileIO.copy(source, temporary)
        try fileIO.move(temporary, target)
        lock.withLock {
            digests[path] = digest
            written.append(path)
        }
    }

    /// Removes files the site no longer has, then folders left empty.
    func removeAll(except keep: Set<String>) {
        remove(lock.withLock { digests.keys.filter { !keep.contains($0) } })
    }

    /// Removes these files the session wrote, then folders left empty.
    func remove(_ stale: some Sequence<String>) {
        for path in stale.sorted() where lock.withLock({ digests[path] != nil }) {
            guard let target = try? self.path(of: path) else { continue }
            try? fileIO.remove(target)
            lock.withLock {
                digests[path] = nil
                written.append(path)
            }
            var folder = (target as NSString).deletingLastPathComponent
            while folder.count > output.count, (try? fileIO.list(folder))?.isEmpty == true {
                try? fileIO.remove(folder)
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
    }

    private func path(of outputPath: String) throws -> String {
        let parts = outputPath.split(separator: "/", omittingEmptySubsequences: false)
        guard !outputPath.isEmpty, !outputPath.hasPrefix("/"), !outputPath.contains("\0"),
              !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
            throw OutputError.unsafePath(outputPath)
        }
        return output + "/" + outputPath
    }
}
