/// The links of a site that point at a page or at one of its anchors, and where each writes its
/// fragment in its page's source (to rename an anchor).
enum LinkReferences {
    /// The links to page `contentPath` (to its `anchor` when one is given: links with that
    /// fragment, from other pages and its own), in the site's page order.
    static func links(to contentPath: String, anchor: String?, in site: Site) -> [(page: Page, link: Link)] {
        site.pages.flatMap { page in
            page.links.compactMap { link -> (page: Page, link: Link)? in
                switch link.target {
                case .page(let path, let fragment) where path == contentPath:
                    return anchor == nil || fragment == anchor ? (page, link) : nil
                case .anchor(let fragment) where page.contentPath == contentPath:
                    return anchor != nil && fragment == anchor ? (page, link) : nil
                default:
                    return nil
                }
            }
        }
    }

    /// Adds to `rename` the edits that make every link of the site to anchor `old` of page
    /// `contentPath` point at `new` instead (percent-encoded where the old one was written so);
    /// a link whose fragment is not written as read goes to its `unplaced`.
    static func renameFragments<Rename: SiteRename>(to contentPath: String, from old: String, to new: String, in site: Site,
                                                    into rename: inout Rename) {
        rewriteFragments(of: links(to: contentPath, anchor: old, in: site), into: &rename) { _ in new }
    }

    /// Adds to `rename` the edits that give each of `links` the fragment `rewrite` makes of its own
    /// (none where it gives nil), as ``renameFragments(to:from:to:in:into:)`` does.
    static func rewriteFragments<Rename: SiteRename>(of links: [(page: Page, link: Link)], into rename: inout Rename,
                                                     _ rewrite: (String) -> String?) {
        for (linking, link) in links {
            guard let old = link.fragment, let new = rewrite(old) else { continue }
            guard let span = fragmentSpan(of: link, in: linking.source) else {
                rename.unplaced.append((linking.file, link.range))
                continue
            }
            let written = linking.source.text(from: span.start, to: span.end)
            let edit = TextEdit(start: span.start, end: span.end, replacement: written == old ? new : URLPath.encodeFragment(new))
            // Links that share a reference definition share its edit.
            if !(rename.edits[linking.file] ?? []).contains(where: { $0.start == edit.start }) { rename.edits[linking.file, default: []].append(edit) }
        }
    }

    /// Where the link's fragment (after the `#`) is written: in the link itself (`[a](b.md#c)`,
    /// `[a](<b.md#c>)`) or in the reference definition it uses (`[r]: b.md#c`); nil when its
    /// destination is not found as written (it was written with escapes or entities).
    static func fragmentSpan(of link: Link, in source: SourceText) -> (start: SourcePosition, end: SourcePosition)? {
        guard let hash = link.destination.unicodeScalars.firstIndex(of: "#") else { return nil }
        let destination = Array(link.destination.unicodeScalars)
        let fragmentOffset = link.destination.unicodeScalars.distance(from: link.destination.unicodeScalars.startIndex, to: hash) + 1
        func span(line: Int, at column: Int) -> (start: SourcePosition, end: SourcePosition) {
            (SourcePosition(line: line, column: column + fragmentOffset),
             SourcePosition(line: line, column: column + destination.count))
        }
        // In the link: the destination after `(` or `<`, the first at or after the link's start.
        var candidates: [(line: Int, column: Int)] = []
        for number in link.range.start.line...max(link.range.start.line, link.range.end.line) {
            guard let line = source.line(number) else { continue }
            for column in Self.columns(of: destination, in: Array(line.unicodeScalars), after: ["(", "<"]) {
                candidates.append((number, column))
            }
        }
        // (Only within the link: a reference link's text may follow an inline link with the same destination.)
        let start = link.range.start, end = link.range.end
        if let found = candidates.first(where: { ($0.line, $0.column) >= (start.line, start.column) && ($0.line, $0.column) <= (end.line, end.column) }) {
            return span(line: found.line, at: found.column)
        }
        // A reference link: its definition's line, `[label]: destination`.
        for number in 1...max(1, source.lineCount) {
            guard let line = source.line(number), line.contains("]:") else { continue }
            let scalars = Array(line.unicodeScalars)
            for column in Self.columns(of: destination, in: scalars, after: [" ", "\t", "<", ":"]) where Self.isDefinition(scalars, before: column) {
                return span(line: number, at: column)
            }
        }
        return nil
    }

    /// The 1-based columns where `needle` is written in `line` right after one of `before`, and
    /// followed by the end of the destination (`)`, `>`, a blank, a quote or the line's end).
    private static func columns(of needle: [Unicode.Scalar], in line: [Unicode.Scalar], after before: Set<Unicode.Scalar>) -> [Int] {
        guard !needle.isEmpty, line.count > needle.count else { return [] }  // one scalar before it at least
        var found: [Int] = []
        for index in 1...(line.count - needle.count) where before.contains(line[index - 1]) {
            guard line[index] == needle[0], Array(line[index..<(index + needle.count)]) == needle else { continue }
            let next = index + needle.count
            if next == line.count || [")", ">", " ", "\t", "\"", "'"].contains(line[next]) { found.append(index + 1) }
        }
        return found
    }

    /// Whether the text before 1-based `column` is a reference definition's start: marks, `[label]:`, blanks, maybe `<`.
    private static func isDefinition(_ line: [Unicode.Scalar], before column: Int) -> Bool {
        var index = column - 2
        if index >= 0, line[index] == "<" { index -= 1 }
        while index >= 0, line[index] == " " || line[index] == "\t" { index -= 1 }
        guard index >= 1, line[index] == ":", line[index - 1] == "]" else { return false }
        guard let open = line[..<(index - 1)].lastIndex(of: "[") else { return false }
        return line[..<open].allSatisfy { $0.isContainerMark }
    }
}
