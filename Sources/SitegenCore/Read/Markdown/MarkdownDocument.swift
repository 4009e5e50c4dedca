/// What the cmark-gfm wrapper hands back: Swift values only, no C pointers.
///
/// `blocks` is the render order of the top-level content. Headings and tables
/// are listed separately (in document order, at any depth) and referenced from
/// `blocks` by index, so later steps can give them anchors and typed semantics.
public struct MarkdownDocument: Sendable, Hashable {
    public var blocks: [MarkdownBlock]
    public var headings: [MarkdownHeading]
    public var tables: [MarkdownTable]
    public var links: [MarkdownLink]
    /// HTML comment blocks (`<!-- ... -->`), kept even when raw HTML is off:
    /// they carry table annotations and rule suppressions.
    public var comments: [MarkdownComment]
    /// The rendered footnotes section, or "" when the page has none.
    public var footnotesHTML: String

    public init(
        blocks: [MarkdownBlock] = [], headings: [MarkdownHeading] = [], tables: [MarkdownTable] = [],
        links: [MarkdownLink] = [], comments: [MarkdownComment] = [], footnotesHTML: String = ""
    ) {
        self.blocks = blocks
        self.headings = headings
        self.tables = tables
        self.links = links
        self.comments = comments
        self.footnotesHTML = footnotesHTML
    }
}

extension MarkdownDocument {
    /// What rendering reads (the blocks and footnotes): a page keeps this
    /// part only, as its headings, tables and links are held typed beside it.
    public var renderedPart: MarkdownDocument {
        // Copied at its size: the parser's array grew by doubling, and every
        // page keeps this one (20 MB of spare capacity on 10,000 pages).
        MarkdownDocument(blocks: blocks.withUnsafeBufferPointer { Array($0) }, footnotesHTML: footnotesHTML)
    }
}

public enum MarkdownBlock: Sendable, Hashable {
    /// A block cmark rendered to HTML as is, with its plain text (for search).
    case html(String, text: String, range: SourceRange)
    /// A paragraph of plain text whose HTML is exactly ``paragraphHTML(_:)``
    /// of it: kept as the text alone, which halves what it holds in memory.
    case paragraph(text: String, range: SourceRange)
    /// `headings[index]`.
    case heading(Int)
    /// `tables[index]`.
    case table(Int)
    /// An HTML comment block, `comments[index]`; renders to nothing.
    case comment(Int)
    /// A block quote, list or list item holding a heading or table, opened and
    /// closed with cmark's own tags.
    case container(open: String, close: String, children: [MarkdownBlock])
}

public struct MarkdownHeading: Sendable, Hashable {
    public var level: Int
    /// Inline HTML of the heading content (no `<hN>` tag).
    public var html: String
    public var text: String
    /// An explicit id written as a trailing `{#id}`, removed from html and text.
    public var explicitID: String?
    public var range: SourceRange
}

public struct MarkdownLink: Sendable, Hashable {
    /// The destination as written in the source.
    public var destination: String
    public var text: String
    public var isImage: Bool
    public var range: SourceRange
}

public struct MarkdownComment: Sendable, Hashable {
    /// The comment's body between `<!--` and `-->`, trimmed.
    public var body: String
    public var range: SourceRange
}

public enum ColumnAlignment: String, Sendable, Hashable, Codable {
    case none, left, center, right
}

public struct MarkdownTable: Sendable, Hashable {
    public var alignments: [ColumnAlignment]
    public var header: MarkdownTableRow
    public var rows: [MarkdownTableRow]
    public var range: SourceRange
    /// Nesting depth: 0 for a table at the top level of the page.
    public var depth: Int
}

public struct MarkdownTableRow: Sendable, Hashable {
    public var range: SourceRange
    public var cells: [MarkdownTableCell]
}

public struct MarkdownTableCell: Sendable, Hashable {
    /// Where the cell content is; nil for a cell cmark-gfm added to pad a short row.
    public var range: SourceRange?
    public var html: String
    public var text: String
}

extension MarkdownBlock {
    /// The HTML of an ordinary block (`html` or `paragraph`), nil for the others.
    public var renderedHTML: String? {
        switch self {
        case .html(let html, _, _): return html
        case .paragraph(let text, _): return Self.paragraphHTML(text)
        default: return nil
        }
    }

    /// The plain text of an ordinary block, nil for the others.
    public var plainText: String? {
        switch self {
        case .html(_, let text, _), .paragraph(let text, _): return text
        default: return nil
        }
    }

    /// What cmark-gfm writes for a paragraph holding only `text`: `&`, `<`,
    /// `>` and `"` escaped (cmark leaves `'` and `/` as they are outside
    /// attributes), inside `<p>`.
    public static func paragraphHTML(_ text: String) -> String {
        "<p>" + HTML.escape(text, apostrophe: false) + "</p>\n"
    }
}
