import Foundation

/// Who links here, and renaming a heading with every link to it: from the site as the last check
/// read it (the open documents' text included).
extension LanguageServer {
    /// The links to what is under the cursor: a heading's anchor, a table's (`#tbl-ID`, `#matrix-ID`),
    /// else the page; with the heading itself when the declaration is asked for too.
    func references(_ params: [String: Any]) -> Any {
        guard let site, let (page, line, _) = pageAndPosition(params) else { return [Any]() }
        let withDeclaration = (params["context"] as? [String: Any])?["includeDeclaration"] as? Bool ?? false
        var found: [(page: Page, link: Link)]
        var declaration: Message?
        if let heading = page.headings.first(where: { HeadingText.lines(of: $0, in: page.source).contains(line) }) {
            found = LinkReferences.links(to: page.contentPath, anchor: heading.anchor, in: site)
            declaration = location(absolute(page.file), range: heading.range, lines: LSPPosition.lines(page.source.text))
        } else if let (_, index) = tableUnderCursor(params) {
            let table = page.tables[index]
            found = ["tbl-", "matrix-"].flatMap { LinkReferences.links(to: page.contentPath, anchor: $0 + table.id, in: site) }
                + LinkReferences.links(to: page.contentPath, anchor: nil, in: site).filter {
                    ViewFragment.isView($0.link.fragment ?? "", ofTable: table.id)  // (a shared view of it)
                }
        } else {
            found = LinkReferences.links(to: page.contentPath, anchor: nil, in: site)
        }
        var lines: [String: [Substring]] = [:]
        let locations = found.map { linking, link -> Message in
            let text = lines[linking.file] ?? LSPPosition.lines(linking.source.text)
            lines[linking.file] = text
            return location(absolute(linking.file), range: link.range, lines: text)
        }
        return (withDeclaration ? declaration.map { [$0] } ?? [] : []) + locations
    }

    /// What is under the cursor, to be renamed: a heading's text, or a table's id (where its
    /// annotation writes it, else the table's first line); nil (the editor says it cannot) elsewhere.
    func prepareRename(_ params: [String: Any]) -> Any {
        if let (page, heading) = headingUnderCursor(params) {
            guard let span = HeadingText.span(of: heading, in: page.source) else { return NSNull() }
            return ["range": LSPPosition.range(from: span.start, to: span.end, in: LSPPosition.lines(page.source.text)),
                    "placeholder": page.source.text(from: span.start, to: span.end)]
        }
        guard let (page, index) = tableUnderCursor(params) else { return NSNull() }
        let table = page.tables[index]
        let span = table.annotation?.idSpan(in: page.source)
            ?? (table.range.start, SourcePosition(line: table.range.start.line, column: (page.source.line(table.range.start.line)?.unicodeScalars.count ?? 0) + 1))
        return ["range": LSPPosition.range(from: span.start, to: span.end, in: LSPPosition.lines(page.source.text)),
                "placeholder": table.id]
    }

    /// The heading renamed and every link of the site to an anchor that moves with it, or the
    /// table's id and every link to the table (in its translations too), as one workspace edit; an
    /// error when the name cannot be taken. Links whose fragment is written with escapes are told
    /// of in a message, not changed.
    func rename(_ params: [String: Any], id: Any?) -> [Message] {
        func failure(_ message: String) -> [Message] {
            [["jsonrpc": "2.0", "id": id ?? NSNull(), "error": ["code": -32803, "message": message]]]
        }
        guard let site, let newName = params["newName"] as? String else { return failure("sitegen has not read the site yet") }
        let rename: any SiteRename
        let what: String
        do {
            if let (page, heading) = headingUnderCursor(params), let index = page.headings.firstIndex(of: heading) {
                rename = try HeadingRename(heading: index, of: page, to: newName, in: site)
                what = "heading"
            } else if let (page, index) = tableUnderCursor(params) {
                rename = try TableRename(table: index, of: page, to: newName, in: site)
                what = "table"
            } else {
                return failure("sitegen renames headings and tables: put the cursor on one")
            }
        } catch {
            return failure("\(error)")  // (each failure's description)
        }
        let pages = Dictionary(site.pages.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [String: [Message]] = [:]
        for (file, edits) in rename.edits {
            let lines = LSPPosition.lines(pages[file]?.source.text ?? "")
            changes[Self.uri(of: canonical(absolute(file)))] = edits.map {
                ["range": LSPPosition.range(from: $0.start, to: $0.end, in: lines), "newText": $0.replacement]
            }
        }
        var messages = [response(id, result: ["changes": changes])]
        if !rename.unplaced.isEmpty {
            let places = rename.unplaced.map { "\($0.file):\($0.range.start.line):\($0.range.start.column)" }.joined(separator: ", ")
            messages.append(["jsonrpc": "2.0", "method": "window/showMessage", "params": [
                "type": 2,
                "message": "sitegen: \(rename.unplaced.count) link(s) to the \(what) write the anchor with escapes and were not changed: \(places)",
            ] as [String: Any]])
        }
        return messages
    }

    /// The page and table (its index) on the line of a request's position: the table's lines or
    /// its annotation's.
    private func tableUnderCursor(_ params: [String: Any]) -> (Page, Int)? {
        guard let (page, line, _) = pageAndPosition(params),
              let index = page.tables.firstIndex(where: { ($0.annotation?.range.start.line ?? $0.range.start.line) <= line && line <= $0.range.end.line })
        else { return nil }
        return (page, index)
    }

    /// The page and heading on the line of a request's position.
    private func headingUnderCursor(_ params: [String: Any]) -> (Page, Heading)? {
        guard let (page, line, _) = pageAndPosition(params),
              let heading = page.headings.first(where: { HeadingText.lines(of: $0, in: page.source).contains(line) })
        else { return nil }
        return (page, heading)
    }
}
