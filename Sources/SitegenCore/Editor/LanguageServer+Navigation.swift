import Foundation

/// Where a link goes, and the outline of a page: from the site as the last check read it.
extension LanguageServer {
    /// The page (and heading or table) a link under the cursor points at; nil elsewhere.
    func definition(_ params: [String: Any]) -> Any {
        guard let (page, line, column) = pageAndPosition(params) else { return NSNull() }
        guard let link = page.links.first(where: { $0.range.contains(line: line, column: column) }) else { return NSNull() }
        let target: (contentPath: String, fragment: String?)
        switch link.target {
        case .page(let path, let fragment): target = (path, fragment)
        case .anchor(let fragment): target = (page.contentPath, fragment)
        case .asset(let path):
            return location(contentFolder + "/" + path, range: nil, lines: [])
        case .external, .missing: return NSNull()
        }
        guard let destination = site?.pages.first(where: { $0.contentPath == target.contentPath }) else { return NSNull() }
        let lines = LSPPosition.lines(destination.source.text)
        let range = target.fragment.flatMap { fragment in
            destination.headings.first { $0.anchor == fragment }?.range
                ?? destination.tables.first { "tbl-\($0.id)" == fragment || "matrix-\($0.id)" == fragment }?.range
        }
        return location(root + "/" + destination.file, range: range, lines: lines)
    }

    /// The page's headings, nested by level, each with the tables under it.
    func symbols(_ params: [String: Any]) -> Any {
        guard let path = (params["textDocument"] as? [String: Any]).flatMap(Self.path(of:)),
              let page = page(at: path) else { return [Any]() }
        let lines = LSPPosition.lines(page.source.text)
        struct Node { var symbol: Message; var level: Int; var children: [Message] = [] }
        var stack: [Node] = []
        var top: [Message] = []
        func close(above level: Int) {
            while let last = stack.last, last.level >= level {
                var node = stack.removeLast()
                node.symbol["children"] = node.children
                if stack.isEmpty { top.append(node.symbol) } else { stack[stack.count - 1].children.append(node.symbol) }
            }
        }
        var tables = page.tables[...]
        func tablesBefore(_ line: Int) {
            while let table = tables.first, table.range.start.line < line {
                tables.removeFirst()
                let rows = table.rows.filter { $0.role == .body }.count
                let symbol: Message = ["name": table.caption ?? table.id, "detail": "\(table.kind.rawValue) table, \(rows) rows",
                                       "kind": 23, "range": LSPPosition.range(table.range, in: lines),
                                       "selectionRange": LSPPosition.range(table.header.range, in: lines)]
                if stack.isEmpty { top.append(symbol) } else { stack[stack.count - 1].children.append(symbol) }
            }
        }
        for heading in page.headings {
            tablesBefore(heading.range.start.line)
            close(above: heading.level)
            let range = LSPPosition.range(heading.range, in: lines)
            stack.append(Node(symbol: ["name": heading.text, "detail": "#" + heading.anchor, "kind": 15,
                                       "range": range, "selectionRange": range], level: heading.level))
        }
        tablesBefore(Int.max)
        close(above: 0)
        return top
    }

    /// The site's page under a position of a request, and that position as a 1-based line and scalar column.
    func pageAndPosition(_ params: [String: Any]) -> (Page, Int, Int)? {
        guard let path = (params["textDocument"] as? [String: Any]).flatMap(Self.path(of:)),
              let position = params["position"] as? [String: Any], let line = (position["line"] as? Int).map({ $0 + 1 }),
              let character = position["character"] as? Int,
              let page = page(at: path),
              let text = page.source.line(line) else { return nil }
        return (page, line, LSPPosition.column(ofUTF16: character, in: text))
    }

    /// The last check's page of a document's path.
    func page(at path: String) -> Page? {
        let file = canonical(path)
        return site?.pages.first { canonical(root + "/" + $0.file) == file }
    }

    func location(_ path: String, range: SourceRange?, lines: [Substring]) -> Message {
        ["uri": Self.uri(of: path), "range": LSPPosition.range(range, in: lines)]
    }
}

extension SourceRange {
    /// Whether a 1-based line and scalar column fall in the range (its end column included).
    func contains(line: Int, column: Int) -> Bool {
        (start.line, start.column) <= (line, column) && (line, column) <= (end.line, end.column)
    }
}
