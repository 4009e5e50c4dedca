import Foundation
import Testing
@testable import SitegenCore

/// One case of the bad-input corpus (`Tests/Fixtures/bad/NAME/`): files laid
/// over the base site and what the build must do with them (the `expect` file;
/// see `Tests/Fixtures/bad/README.md`).
struct CorpusCase: CustomTestStringConvertible, Sendable {
    static let folder = Repository.root + "/Tests/Fixtures/bad"

    var name: String
    var exitCode: Int32 = 1
    /// `severity file[:line[:column]] name`, as ``describe(_:)`` writes a diagnostic.
    var diagnostics: [String] = []
    /// Link path (relative to the site root) → link target as written.
    var symlinks: [(String, String)] = []
    var unreadable: [String] = []
    var options: [String: String] = [:]
    var outputs: [String] = []

    var testDescription: String { name }
    var siteFolder: String { "\(Self.folder)/\(name)/site" }

    /// Every case folder, sorted (folders starting with `_` are not cases).
    static var all: [CorpusCase] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }
            .filter { FileManager.default.fileExists(atPath: "\(folder)/\($0)/expect") }
            .map { (try? load($0)) ?? CorpusCase(name: $0, exitCode: -1) }
    }

    static func load(_ name: String) throws -> CorpusCase {
        var result = CorpusCase(name: name)
        let text = try String(contentsOfFile: "\(folder)/\(name)/expect", encoding: .utf8)
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let words = line.split(separator: " ", maxSplits: 1).map(String.init)
            let rest = words.count > 1 ? words[1] : ""
            switch words[0] {
            case "exit": result.exitCode = Int32(rest) ?? -1
            case "error", "warning", "info": result.diagnostics.append(line)
            case "symlink":
                let parts = rest.components(separatedBy: " -> ")
                result.symlinks.append((parts[0], parts.count > 1 ? parts[1] : ""))
            case "unreadable": result.unreadable.append(rest)
            case "option":
                let parts = rest.split(separator: "=", maxSplits: 1).map(String.init)
                result.options[parts[0]] = parts.count > 1 ? parts[1] : ""
            case "output": result.outputs.append(rest)
            default: throw CorpusError.badLine(line)
            }
        }
        return result
    }

    /// How a diagnostic is compared with the `expect` lines.
    static func describe(_ diagnostic: Diagnostic) -> String {
        var place = diagnostic.file
        if let range = diagnostic.range { place += ":\(range.start.line):\(range.start.column)" }
        return "\(diagnostic.severity.rawValue) \(place) \(diagnostic.name)"
    }
}

enum CorpusError: Error { case badLine(String) }

/// Files under a folder as they are on disk (links not followed), for
/// "nothing was changed" checks over the whole site.
enum TreeSnapshot {
    static func take(_ root: String) -> [String: String] {
        var result: [String: String] = [:]
        func walk(_ relative: String) {
            let path = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                result[relative] = "unlistable folder"
                return
            }
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                let full = root + "/" + child
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFLNK:
                    result[child] = "link " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "?")
                case S_IFDIR:
                    result[child] = "folder"
                    walk(child)
                default:
                    // FileIO (not FileManager.contents(atPath:), which leaks a buffer on empty files
                    // in this Foundation: LeakSanitizer found it)
                    if let bytes = try? FileIO.disk.read(full) {
                        result[child] = "file " + Data(bytes).base64EncodedString()
                    } else {
                        result[child] = "unreadable file"
                    }
                }
            }
        }
        walk("")
        return result
    }
}

extension TemporarySite {
    /// Copies a folder tree (files only) into the site.
    func copyTree(from source: String) throws {
        guard let enumerator = FileManager.default.enumerator(atPath: source) else { return }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source + "/" + path, isDirectory: &isDirectory),
                  !isDirectory.boolValue else { continue }
            let target = root + "/" + path
            try FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if FileManager.default.fileExists(atPath: target) { try FileManager.default.removeItem(atPath: target) }
            try FileManager.default.copyItem(atPath: source + "/" + path, toPath: target)
        }
    }
}

/// Whether the tests run as root (then permission bits do not stop reads).
let runningAsRoot = geteuid() == 0
