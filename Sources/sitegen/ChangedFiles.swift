import Foundation

/// Files changed since a git revision, relative to the site root: committed
/// since REV, staged, unstaged and untracked (ignored files excluded).
enum ChangedFiles {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func since(_ revision: String, root: String) throws -> Set<String> {
        let changed = try git(["diff", "--name-only", "--relative", revision, "--"], in: root)
        let untracked = try git(["ls-files", "--others", "--exclude-standard"], in: root)
        return Set((changed + untracked).filter { !$0.isEmpty })
    }

    private static func git(_ arguments: [String], in folder: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder, "-c", "core.quotepath=off"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run git: \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "git \(arguments.first ?? "") failed: \(text)")
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
