/// Finds the Markdown pages and other files of the content folder.
///
/// Hidden entries (`.git`, `.DS_Store`), editors' temporary files (`guide.md~`,
/// `#guide.md#`) and folders starting with `_` (schemas, drafts kept aside) are
/// skipped. Symbolic links are followed only when they stay inside the content
/// folder; links out of it and link loops are reported.
public enum ContentDiscovery {
    public struct Result: Sendable {
        /// Markdown files, as content paths (`methods/cancel.md`), sorted.
        public var pages: [String] = []
        /// Other files, as content paths, sorted.
        public var assets: [String] = []
        public var problems: [Diagnostic] = []
    }

    /// Deeper folder trees are reported rather than walked.
    public static let maxDepth = 64

    /// - Parameters:
    ///   - root: the content folder on disk.
    ///   - displayRoot: how the folder is named in diagnostics (`Content`).
    public static func discover(root: String, displayRoot: String, fileIO: FileIO) -> Result {
        var result = Result()
        guard let canonicalRoot = fileIO.resolve(root) else {
            result.problems.append(BuiltinProblem.fileUnreadable.diagnostic(
                file: displayRoot, range: nil, message: "content folder '\(displayRoot)' does not exist",
                hint: "create it, or point 'content' in sitegen.yml (or --content) at your Markdown folder"
            ))
            return result
        }
        var visited: Set<String> = [canonicalRoot]
        walk(directory: root, relative: "", canonicalRoot: canonicalRoot, displayRoot: displayRoot,
             depth: 0, visited: &visited, fileIO: fileIO, result: &result)
        result.pages.sort()
        result.assets.sort()
        return result
    }

    /// Hidden entries and editors' temporary files: backups (`guide.md~`) and Emacs auto-saves
    /// (`#guide.md#`), which would otherwise be published as files of the site. `.well-known`
    /// (RFC 8615: `security.txt`, app links) is a folder of the site, not a hidden one.
    public static func isSkipped(_ name: String) -> Bool {
        (name.hasPrefix(".") && name != ".well-known") || name.hasSuffix("~")
            || (name.count > 1 && name.hasPrefix("#") && name.hasSuffix("#"))
    }

    private static func walk(
        directory: String, relative: String, canonicalRoot: String, displayRoot: String, depth: Int,
        visited: inout Set<String>, fileIO: FileIO, result: inout Result
    ) {
        let shown = relative.isEmpty ? displayRoot : "\(displayRoot)/\(relative)"
        guard depth < maxDepth else {
            result.problems.append(BuiltinProblem.fileUnreadable.diagnostic(
                file: shown, range: nil, message: "folders nest deeper than \(maxDepth) levels",
                hint: "flatten the folder structure"))
            return
        }
        let names: [String]
        do {
            names = try fileIO.list(directory)
        } catch {
            result.problems.append(BuiltinProblem.fileUnreadable.diagnostic(
                file: shown, range: nil, message: "cannot read folder '\(shown)'",
                hint: "check that the folder exists and is readable (permissions)"))
            return
        }
        for name in names where !isSkipped(name) {
            let path = directory + "/" + name
            let contentPath = relative.isEmpty ? name : relative + "/" + name
            let display = "\(displayRoot)/\(contentPath)"
            var kind = fileIO.kind(path)
            if kind == .symlink {
                guard let target = fileIO.resolve(path) else {
                    result.problems.append(BuiltinProblem.pathUnsafe.diagnostic(
                        file: display, range: nil, message: "symbolic link '\(display)' is broken or loops",
                        hint: "remove the link or point it at a file inside \(displayRoot)"))
                    continue
                }
                guard target == canonicalRoot || target.hasPrefix(canonicalRoot + "/") else {
                    result.problems.append(BuiltinProblem.pathUnsafe.diagnostic(
                        file: display, range: nil,
                        message: "symbolic link '\(display)' points outside the content folder (\(target))",
                        hint: "copy the file into \(displayRoot) instead of linking to it"))
                    continue
                }
                kind = fileIO.kind(target)
                if kind == .directory {
                    guard visited.insert(target).inserted else {
                        result.problems.append(BuiltinProblem.pathUnsafe.diagnostic(
                            file: display, range: nil, message: "symbolic link '\(display)' makes a folder loop",
                            hint: "remove the link"))
                        continue
                    }
                }
            }
            switch kind {
            case .directory:
                if name.hasPrefix("_") { continue }
                if let canonical = fileIO.resolve(path) { visited.insert(canonical) }
                walk(directory: path, relative: contentPath, canonicalRoot: canonicalRoot, displayRoot: displayRoot,
                     depth: depth + 1, visited: &visited, fileIO: fileIO, result: &result)
            case .file:
                if name.lowercased().hasSuffix(".md") || name.lowercased().hasSuffix(".markdown") {
                    result.pages.append(contentPath)
                } else {
                    result.assets.append(contentPath)
                }
            default:
                continue
            }
        }
    }
}
