import Foundation

/// Link destinations as they are typed: after `](` the site's pages and the content folder's other
/// files, by their path from the page being written; after `#` the anchors of the page before it (or of this page): its headings and
/// its tables (`tbl-ID`).
extension LanguageServer {
    func completion(_ params: [String: Any]) -> Any {
        guard let (page, line, column) = pageAndPosition(params), let site,
              let text = page.source.line(line) else { return [Any]() }
        let before = String(String.UnicodeScalarView(text.unicodeScalars.prefix(column - 1)))
        guard let open = before.range(of: "](", options: .backwards) else { return [Any]() }
        let typed = before[open.upperBound...]
        guard !typed.contains(where: { $0 == ")" || $0 == " " }) else { return [Any]() }
        let lines = LSPPosition.lines(page.source.text)
        func edit(from start: Int, _ newText: String) -> Message {
            ["range": LSPPosition.range(from: SourcePosition(line: line, column: start), to: SourcePosition(line: line, column: column),
                                        in: lines), "newText": newText]
        }
        if let hash = typed.lastIndex(of: "#") {
            // Anchors of the page named before the `#` (this page when nothing is).
            let path = String(typed[..<hash])
            let target: Page?
            if path.isEmpty {
                target = page
            } else if case .page(let contentPath, _) = LinkResolver(routes: Dictionary(uniqueKeysWithValues: site.pages.map { ($0.contentPath, $0.route) }),
                                                                   assets: [], style: site.config.urlStyle)
                .resolve(path, from: page.contentPath, withURL: false).0 {
                target = site.pages.first { $0.contentPath == contentPath }
            } else {
                target = nil
            }
            guard let target else { return [Any]() }
            let start = column - typed[typed.index(after: hash)...].unicodeScalars.count
            let headings = target.headings.map { heading -> Message in
                ["label": heading.anchor, "kind": 18, "detail": String(repeating: "#", count: heading.level) + " " + heading.text,
                 "textEdit": edit(from: start, heading.anchor)]
            }
            let tables = target.tables.map { table -> Message in
                ["label": "tbl-" + table.id, "kind": 18, "detail": (table.caption ?? table.id) + " (\(table.kind.rawValue) table)",
                 "textEdit": edit(from: start, "tbl-" + table.id)]
            }
            return headings + tables
        }
        let start = column - typed.unicodeScalars.count
        let pages = site.pages.filter { $0.contentPath != page.contentPath }.map { other -> Message in
            let path = Self.linkPath(from: page.contentPath, to: other.contentPath)
            return ["label": path, "kind": 17, "detail": other.title, "textEdit": edit(from: start, path)]
        }
        // The content folder's other files (images, PDFs), copied as they are.
        let files = site.assets.map { asset -> Message in
            let path = Self.relativePath(from: page.contentPath, to: asset)
            return ["label": path, "kind": 17, "detail": "file", "textEdit": edit(from: start, path)]
        }
        return pages + files
    }

    /// How a link from `source` names page `target`: its path, or its folder's for a section's
    /// index page (`guides/`, `../`; a section page may have no file of its own).
    static func linkPath(from source: String, to target: String) -> String {
        let name = target.split(separator: "/").last ?? ""
        guard name == "_index.md" || name == "index.md" else { return relativePath(from: source, to: target) }
        let folder = target.dropLast(name.count)
        let path = String(relativePath(from: source, to: folder + "_").dropLast())
        return path.isEmpty ? "./" : path
    }

    /// The path of content file `target` from the folder of content file `source`: `../b/c.md`.
    static func relativePath(from source: String, to target: String) -> String {
        var from = source.split(separator: "/").dropLast()
        var to = target.split(separator: "/")[...]
        while let a = from.first, let b = to.first, a == b, to.count > 1 {
            from = from.dropFirst()
            to = to.dropFirst()
        }
        return (Array(repeating: "..", count: from.count) + to.map(String.init)).joined(separator: "/")
    }
}
