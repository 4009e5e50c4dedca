import Foundation

/// *Go to Symbol in Workspace*: the site's pages, headings and tables whose names match what is
/// typed — the letters in order, case aside (`cost tbl` finds `Cost table`; `注销条件` finds
/// `注销的条件`) — those that contain it whole first, shorter names first, at most 200.
extension LanguageServer {
    static let workspaceSymbolLimit = 200

    func workspaceSymbols(_ params: [String: Any]) -> Any {
        guard let site else { return [Any]() }
        let query = Array((params["query"] as? String ?? "").lowercased().filter { !$0.isWhitespace })
        struct Found { var rank: Int; var order: Int; var page: Int; var name: String; var kind: Int; var range: SourceRange? }
        var found: [Found] = []
        for (index, page) in site.pages.enumerated() {
            func add(_ name: String, kind: Int, range: SourceRange?) {
                guard let rank = Self.match(query, in: name) else { return }
                found.append(Found(rank: rank, order: found.count, page: index, name: name, kind: kind, range: range))
            }
            add(page.title, kind: 1, range: nil)
            for heading in page.headings { add(heading.text, kind: 15, range: heading.range) }
            for table in page.tables { add(table.caption ?? "tbl-" + table.id, kind: 23, range: table.range) }
        }
        found.sort { ($0.rank, $0.order) < ($1.rank, $1.order) }
        // Positions in UTF-16 for the symbols sent only (each page's lines split once).
        var lines: [Int: [Substring]] = [:]
        return found.prefix(Self.workspaceSymbolLimit).map { symbol -> Message in
            let page = site.pages[symbol.page]
            let pageLines = lines[symbol.page] ?? LSPPosition.lines(page.source.text)
            lines[symbol.page] = pageLines
            return ["name": symbol.name, "kind": symbol.kind, "location": location(absolute(page.file), range: symbol.range, lines: pageLines),
                    "containerName": symbol.kind == 1 ? page.contentPath : page.title]
        }
    }

    /// How well `query` (lower-cased, without blanks) matches `name`: 0 when the name contains it
    /// whole, 1 when its characters come in order; plus the name's length, so shorter names come
    /// first. Nil when it does not match.
    static func match(_ query: [Character], in name: String) -> Int? {
        let characters = Array(name.lowercased().filter { !$0.isWhitespace })
        guard !query.isEmpty else { return characters.count }
        if String(characters).contains(String(query)) { return characters.count }
        var next = 0
        for character in characters where next < query.count && character == query[next] { next += 1 }
        return next == query.count ? 100_000 + characters.count : nil
    }
}
