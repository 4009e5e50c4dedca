import Foundation

extension FileIO {
    /// Replaces a source file's text atomically: a temporary file next to it, then a rename,
    /// keeping the file's permissions. (`check --fix` and `fmt` write through it.)
    public func replaceText(_ path: String, with text: String) throws {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let temporary = String(path[..<slash]) + ".\(path[slash...]).sitegen-edit"
        try write(temporary, Array(text.utf8))
        // Keep the file's permissions (the temporary file gets the default ones).
        if let mode = try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] {
            try? FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: temporary)
        }
        do {
            try move(temporary, path)
        } catch {
            try? remove(temporary)
            throw error
        }
    }
}
