import Foundation

/// Runs the built `sitegen` binary on a temporary site.
struct CLI {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable next to the test bundle (`.build/<config>/sitegen`).
    static let binary: String = {
        var candidates: [URL] = []
        if let argument = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(package.appendingPathComponent(".build/debug"))
        for folder in candidates {
            var url = folder
            while url.path != "/" {
                let path = url.appendingPathComponent("sitegen").path
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                   FileManager.default.isExecutableFile(atPath: path) {
                    return path
                }
                if url.lastPathComponent == ".build" { break }
                url.deleteLastPathComponent()
            }
        }
        return package.appendingPathComponent(".build/debug/sitegen").path
    }()

    static func run(_ arguments: [String], in folder: String) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a full pipe cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A site folder under the temporary directory, removed when the value goes away.
final class SiteFolder {
    let root: String

    init(_ files: [String: String]) throws {
        root = NSTemporaryDirectory() + "sitegen-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/Content", withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: root + "/" + path, encoding: .utf8)
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root + "/" + path) }

    func sitegen(_ arguments: String...) throws -> CLI.Output {
        try CLI.run(arguments, in: root)
    }
}
