/// Renaming a heading: its new text, and the fragment of every link of the site to an anchor the
/// new text changes — the heading's own, and those of later headings of the same text, whose
/// `-1`, `-2` move. A heading with an explicit `{#id}` keeps its anchor (its links stay), unless
/// the new text gives another id.
struct HeadingRename: SiteRename {
    enum Failure: Error, Equatable, CustomStringConvertible {
        case notWritten
        case emptyText
        case severalLines
        case notAHeading(String)

        var description: String {
            switch self {
            case .notWritten: "the heading's text is not where its page says (it cannot be renamed here)"
            case .emptyText: "a heading needs some text"
            case .severalLines: "a heading's text is one line"
            case .notAHeading(let text): "'\(text)' would not read as a heading's text (it starts a block of its own)"
            }
        }
    }

    var edits: [String: [TextEdit]] = [:]
    var unplaced: [(file: String, range: SourceRange)] = []
    /// Each anchor that changes, old → new.
    private(set) var anchors: [String: String] = [:]

    init(heading index: Int, of page: Page, to newText: String, in site: Site) throws(Failure) {
        let heading = page.headings[index]
        let text = newText.trimmingWhitespace()
        guard !text.isEmpty else { throw .emptyText }
        guard !text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { throw .severalLines }
        // Read as the heading would be written: after `#` marks, or above a setext underline.
        let isSetext = heading.range.end.line > heading.range.start.line
        let parsed = MarkdownParser.parse(SourceText(isSetext ? text + "\n===\n" : "# " + text)).headings
        guard parsed.count == 1, let renamed = parsed.first, !renamed.text.isEmpty || renamed.explicitID != nil else {
            throw .notAHeading(text)
        }
        // A new `{#id}` replaces the old one; else an old one stays where it is written.
        guard let span = HeadingText.span(of: heading, in: page.source, withID: renamed.explicitID != nil) else { throw .notWritten }
        edits[page.file, default: []].append(TextEdit(start: span.start, end: span.end, replacement: text))

        var headings = page.headings.map {
            MarkdownHeading(level: $0.level, html: "", text: $0.text, explicitID: $0.explicitID, range: $0.range)
        }
        headings[index].text = renamed.text
        headings[index].explicitID = renamed.explicitID ?? heading.explicitID
        for (old, new) in zip(page.headings, PageBuilder.headings(headings)) where old.anchor != new.anchor {
            anchors[old.anchor] = new.anchor
        }
        for (old, new) in anchors.sorted(by: { $0.key < $1.key }) {
            LinkReferences.renameFragments(to: page.contentPath, from: old, to: new, in: site, into: &self)
        }
        sortEdits()
    }
}
