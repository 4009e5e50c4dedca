import Foundation

/// Writes a build into a hidden sibling of the output folder and swaps it
/// into place only when everything succeeded, so a failed build leaves the
/// previous output exactly as it was.
public final class OutputTransaction: @unchecked Sendable {
    public let output: String
    public let staging: String
    private let fileIO: FileIO
    private let lock = NSLock()
    private var finished = false
    public private(set) var filesWritten = 0
    public private(set) var bytesWritten = 0

    /// Creates the staging folder next to `output`.
    public init(output: String, fileIO: FileIO) throws {
        let trimmed = output.hasSuffix("/") ? String(output.dropLast()) : output
        self.output = trimmed
        let parent = (trimmed as NSString).deletingLastPathComponent
        let name = (trimmed as NSString).lastPathComponent
        let token = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        self.staging = (parent.isEmpty ? "" : parent + "/") + ".\(name).staging-\(token)"
        self.fileIO = fileIO
        do {
            try fileIO.makeDirectory(staging)
        } catch {
            throw OutputError.cannotCreate(trimmed, reason: "\(error)")
        }
    }

    /// Writes one output file into the staging folder.
    public func write(_ file: RenderedFile) throws {
        try fileIO.write(try stagedPath(file.path), file.bytes)
        count(file.bytes.count)
    }

    /// Copies a file (an asset) into the staging folder.
    public func copy(from source: String, to path: String) throws {
        let target = try stagedPath(path)
        try fileIO.copy(source, target)
        count(0)
    }

    private func count(_ bytes: Int) {
        lock.lock()
        filesWritten += 1
        bytesWritten += bytes
        lock.unlock()
    }

    /// The staging path of an output path; refuses paths that would leave the folder.
    func stagedPath(_ path: String) throws -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }),
              !path.contains("\0") else {
            throw OutputError.unsafePath(path)
        }
        return staging + "/" + path
    }

    /// Puts the staged build in place of the output folder.
    public func commit() throws {
        guard !finished else { return }
        finished = true
        if fileIO.exists(output) {
            let trash = staging.replacingOccurrences(of: ".staging-", with: ".previous-")
            try fileIO.move(output, trash)
            do {
                try fileIO.move(staging, output)
            } catch {
                try? fileIO.move(trash, output)  // put the previous build back
                throw error
            }
            removeTree(trash)
        } else {
            try fileIO.move(staging, output)
        }
    }

    /// Deletes the previous build, its top-level folders on all cores
    /// (10,000 pages are 10,000 unlinks: 0.2 s on one thread).
    private func removeTree(_ path: String) {
        let fileIO = self.fileIO
        if let entries = try? fileIO.list(path), entries.count > 1 {
            _ = Parallel.map(entries.count, workers: ProcessInfoCores.count) { index in
                try? fileIO.remove(path + "/" + entries[index])
            }
        }
        try? fileIO.remove(path)
    }

    /// Throws the staged build away; the output folder is untouched.
    public func rollback() {
        guard !finished else { return }
        finished = true
        try? fileIO.remove(staging)
    }

    deinit { rollback() }
}

public enum OutputError: Error, CustomStringConvertible, Sendable {
    case unsafePath(String)
    /// A file of the content folder to copy was removed while the build ran.
    case vanished(String)
    /// The output folder's new version could not be made beside it (`reason`: what the system said).
    case cannotCreate(String, reason: String)

    public var description: String {
        switch self {
        case .unsafePath(let path): return "refusing to write '\(path)': it would leave the output folder"
        case .vanished(let path): return "cannot copy '\(path)': it was removed while the site was built"
        case .cannotCreate(let output, let reason): return "cannot write the output folder \(output): \(reason)"
        }
    }

    /// How to fix it, when there is more to say than the description.
    public var hint: String? {
        switch self {
        case .unsafePath: return nil
        case .vanished: return "build again"
        case .cannotCreate:
            return "the folder that holds the output folder must exist and be writable by this user "
                + "(the build is made beside the output, then swapped in); or choose another with --output"
        }
    }
}
