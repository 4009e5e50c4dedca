import CCMarkGFM
import CMarkArena
import CMarkSharedTable
import Foundation

/// The one place that talks to cmark-gfm. It parses with every GFM extension
/// (table, strikethrough, autolink, tagfilter, tasklist, footnotes) and source
/// positions on, converts the tree into Swift values, and frees everything it
/// allocated before returning.
public enum MarkdownParser {
    /// Whether parses run concurrently (CMarkSharedTable's fixed table is in
    /// use); false until the first parse, and where it could not be installed.
    public static var parsesConcurrently: Bool { sitegen_cmark_shared_table_active() != 0 }

    /// Parses a whole source file. Front matter must already be blanked out
    /// (replaced by empty lines) so that positions are file positions.
    ///
    /// - Parameter rewriteURL: called for every link and image destination
    ///   before rendering; return a replacement or nil to keep it.
    public static func parse(
        _ source: SourceText,
        options: MarkdownOptions = MarkdownOptions(),
        rewriteURL: (String) -> String? = { _ in nil }
    ) -> MarkdownDocument {
        let extensions = GFMExtensions.shared
        var parseOptions = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES
        var renderOptions = CMARK_OPT_FOOTNOTES
        if options.allowRawHTML {
            parseOptions |= CMARK_OPT_UNSAFE
            renderOptions |= CMARK_OPT_UNSAFE
        }
        if options.smartPunctuation {
            parseOptions |= CMARK_OPT_SMART
            renderOptions |= CMARK_OPT_SMART
        }
        // cmark's blocks for this page come from a per-thread arena, released after the last free (CMarkArena.c).
        let memory = sitegen_arena_begin().assumingMemoryBound(to: cmark_mem.self)
        defer { let unfreed = sitegen_arena_end(); assert(unfreed == 0, "\(unfreed) cmark blocks never freed") }
        guard let parser = cmark_parser_new_with_mem(parseOptions, memory) else { return MarkdownDocument() }
        defer { cmark_parser_free(parser) }
        for ext in extensions.all { cmark_parser_attach_syntax_extension(parser, ext) }
        var text = source.text
        // cmark-gfm 0.29 keeps the extensions' inline trigger characters in a process-wide table
        // that every parse adds to and removes from (github/cmark-gfm#176), so parses must not
        // overlap — unless CMarkSharedTable's replacement, which keeps the table fixed, is in use.
        let serialise = sitegen_cmark_shared_table_active() == 0
        if serialise { extensions.parseLock.lock() }
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        let root = cmark_parser_finish(parser)
        if serialise { extensions.parseLock.unlock() }
        guard let root else { return MarkdownDocument() }
        defer { cmark_node_free(root) }
        var converter = TreeConverter(
            source: source, renderOptions: renderOptions, renderExtensions: cmark_parser_get_syntax_extensions(parser),
            memory: memory, renderHTML: options.renderHTML, writesTextItself: options.writesTextItself,
            columns: SourceText.ColumnCursor(source)
        )
        return converter.convert(root: root, rewriteURL: rewriteURL)
    }
}

/// The registered GFM syntax extensions, looked up once per process.
private final class GFMExtensions: @unchecked Sendable {
    static let shared = GFMExtensions()
    let all: [OpaquePointer]
    /// Serialises cmark's parse phase (see `MarkdownParser.parse`).
    let parseLock = NSLock()

    private init() {
        cmark_gfm_core_extensions_ensure_registered()
        all = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"].compactMap { (name: String) in
            cmark_find_syntax_extension(name)
        }
    }
}

/// Walks a parsed cmark tree and builds the Swift document. Not thread-safe; one per parse.
private struct TreeConverter {
    let source: SourceText
    let renderOptions: Int32
    let renderExtensions: UnsafeMutablePointer<cmark_llist>?
    let memory: UnsafeMutablePointer<cmark_mem>  // a node joins only a tree made with the same allocator
    var document = MarkdownDocument()
    var headingIndex: [OpaquePointer: Int] = [:]
    var tableIndex: [OpaquePointer: Int] = [:]
    var commentIndex: [OpaquePointer: Int] = [:]
    /// Containers nested deeper than this are rendered by cmark as a whole.
    let maxContainerDepth = 32
    /// Off for `sitegen check`: blocks and cells keep no HTML (nor blocks a search text).
    let renderHTML: Bool
    /// ``MarkdownOptions/writesTextItself`` (what cmark-gfm would write: ``MarkdownBlock/paragraphHTML(_:)``).
    let writesTextItself: Bool

    /// Byte → character columns, fast along a line (a table row's cells).
    let columns: SourceText.ColumnCursor

    mutating func convert(root: OpaquePointer, rewriteURL: (String) -> String?) -> MarkdownDocument {
        indexNodes(root: root, rewriteURL: rewriteURL)
        var footnotes: [OpaquePointer] = []
        var child = cmark_node_first_child(root)
        while let node = child {
            child = cmark_node_next(node)
            if cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION {
                footnotes.append(node)
            } else {
                document.blocks.append(block(for: node, depth: 0))
            }
        }
        document.footnotesHTML = renderFootnotes(footnotes)
        return document
    }

    // MARK: Pass 1: links, headings, tables and comments at any depth

    private mutating func indexNodes(root: OpaquePointer, rewriteURL: (String) -> String?) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER {
                switch type {
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                    let destination = string(cmark_node_get_url(node))
                    document.links.append(MarkdownLink(
                        destination: destination, text: plainText(of: node),
                        isImage: type == CMARK_NODE_IMAGE, range: range(of: node)
                    ))
                    let url = rewriteURL(destination)
                    if renderOptions & CMARK_OPT_UNSAFE == 0, MarkdownSyntax.runsScript(url ?? destination) {
                        cmark_node_set_url(node, "")
                    } else if let url {
                        cmark_node_set_url(node, url)
                    }
                case CMARK_NODE_HTML_BLOCK:
                    let literal = string(cmark_node_get_literal(node))
                    if let body = MarkdownSyntax.commentBody(literal) {
                        commentIndex[node] = document.comments.count
                        var range = range(of: node)
                        // cmark-gfm's end of an HTML block can be wrong: before the start for a block
                        // closed by `-->` right before a non-blank line, a line short for one ending
                        // the document. The block is its literal's lines: count them.
                        let lines = MarkdownSyntax.lineCount(literal.trimmingWhitespace(leading: false))
                        if range.end.line != range.start.line + lines - 1 {
                            range.end.line = range.start.line + lines - 1
                            range.end.column = max(1, source.line(range.end.line).map { $0.unicodeScalars.count } ?? 1)
                        }
                        document.comments.append(MarkdownComment(body: body, range: range))
                    }
                default:
                    break
                }
            } else if event == CMARK_EVENT_EXIT {
                // On exit every link inside has been rewritten, so rendering is final. Only
                // extension nodes can be tables (their name is not read for every text node).
                if type == CMARK_NODE_HEADING {
                    headingIndex[node] = document.headings.count
                    document.headings.append(heading(node))
                } else if cmark_node_get_syntax_extension(node) != nil, strcmp(cmark_node_get_type_string(node), "table") == 0 {
                    // (Compared as C strings: a `String` of every row's and cell's name was 1% of a check.)
                    tableIndex[node] = document.tables.count
                    document.tables.append(table(node))
                }
            }
        }
    }

    private mutating func heading(_ node: OpaquePointer) -> MarkdownHeading {
        var explicitID: String?
        if let last = cmark_node_last_child(node), cmark_node_get_type(last) == CMARK_NODE_TEXT {
            let literal = string(cmark_node_get_literal(last))
            if let (rest, id) = MarkdownSyntax.splitExplicitID(literal) {
                explicitID = id
                cmark_node_set_literal(last, rest)
            }
        }
        return MarkdownHeading(
            level: Int(cmark_node_get_heading_level(node)),
            html: renderChildren(of: node),
            text: plainText(of: node).trimmingWhitespace(),
            explicitID: explicitID,
            range: range(of: node)
        )
    }

    private func table(_ node: OpaquePointer) -> MarkdownTable {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [ColumnAlignment] = []
        alignments.reserveCapacity(columns)
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for column in 0..<columns {
                switch UInt8(raw[column]) {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var rows: [MarkdownTableRow] = []
        var rowNode = cmark_node_first_child(node)
        while let row = rowNode {
            var cells: [MarkdownTableCell] = []
            cells.reserveCapacity(columns)  // cmark-gfm gives every row the header's cells (grown by doubling: 1% of a check)
            var cellNode = cmark_node_first_child(row)
            while let cell = cellNode {
                let padded = cmark_node_get_start_column(cell) == 0
                let html: String, text: String
                if writesTextItself, let literal = textOfTextChildren(cell) {
                    html = renderHTML ? HTML.escape(literal, apostrophe: false) : ""
                    text = literal.trimmingWhitespace()
                } else {
                    html = renderHTML ? renderChildren(of: cell) : ""
                    text = plainText(of: cell).trimmingWhitespace()
                }
                cells.append(MarkdownTableCell(range: padded ? nil : range(of: cell), html: html, text: text))
                cellNode = cmark_node_next(cell)
            }
            rows.append(MarkdownTableRow(range: range(of: row), cells: cells))
            rowNode = cmark_node_next(row)
        }
        var header = rows.isEmpty ? MarkdownTableRow(range: range(of: node), cells: []) : rows.removeFirst()
        var tableRange = range(of: node)
        // A header right after paragraph text gets the paragraph's start as
        // its position from cmark-gfm; the header is the line before the
        // delimiter row, which is the line before the first body row.
        let headerLine = (rows.first?.range.start.line ?? tableRange.end.line + 1) - 2
        let depth = depth(of: node)
        if headerLine > header.range.start.line, let line = source.line(headerLine) {
            // Split after the line's container prefix (none at the top level): a paragraph's later line
            // has only quote markers and spaces before its text (a `>` there would open a new quote).
            let prefixEnd = depth == 0 ? 1 : 1 + line.leadingContainerMarks.count
            header = header.positioned(onLine: headerLine, text: line, from: prefixEnd)
            tableRange.start = header.range.start
        }
        return MarkdownTable(alignments: alignments, header: header, rows: rows, range: tableRange, depth: depth)
    }

    // MARK: Pass 2: render order of the top-level blocks

    private func block(for node: OpaquePointer, depth: Int) -> MarkdownBlock {
        if let index = headingIndex[node] { return .heading(index) }
        if let index = tableIndex[node] { return .table(index) }
        if let index = commentIndex[node] { return .comment(index) }
        if depth < maxContainerDepth, let (open, close) = containerTags(node), containsHeadingOrTable(node) {
            var children: [MarkdownBlock] = []
            var child = cmark_node_first_child(node)
            while let next = child {
                children.append(block(for: next, depth: depth + 1))
                child = cmark_node_next(next)
            }
            return .container(open: open, close: close, children: children)
        }
        guard renderHTML else { return .html("", text: "", range: range(of: node)) }
        if writesTextItself, cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH, hasParagraphTags(node),
           let text = textOfTextChildren(node) {
            return .paragraph(text: text, range: range(of: node))
        }
        let html = render(node), text = plainText(of: node)
        if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH, html == MarkdownBlock.paragraphHTML(text) {
            return .paragraph(text: text, range: range(of: node))
        }
        return .html(html, text: text, range: range(of: node))
    }

    /// The tags cmark would write around a block quote, list or plain list item.
    private func containerTags(_ node: OpaquePointer) -> (String, String)? {
        guard cmark_node_get_syntax_extension(node) == nil else { return nil }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_BLOCK_QUOTE:
            return ("<blockquote>\n", "</blockquote>\n")
        case CMARK_NODE_LIST:
            if cmark_node_get_list_type(node) == CMARK_ORDERED_LIST {
                let start = cmark_node_get_list_start(node)
                return (start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n", "</ol>\n")
            }
            return ("<ul>\n", "</ul>\n")
        case CMARK_NODE_ITEM:
            return ("<li>", "</li>\n")
        default:
            return nil
        }
    }

    private func containsHeadingOrTable(_ root: OpaquePointer) -> Bool {
        guard let iterator = cmark_iter_new(root) else { return false }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { return false }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), node != root else { continue }
            if headingIndex[node] != nil || tableIndex[node] != nil { return true }
        }
    }

    private func renderFootnotes(_ definitions: [OpaquePointer]) -> String {
        guard !definitions.isEmpty, let holder = cmark_node_new_with_mem(CMARK_NODE_DOCUMENT, memory) else { return "" }
        defer { cmark_node_free(holder) }  // frees the moved definitions too
        for definition in definitions { cmark_node_append_child(holder, definition) }
        return render(holder)
    }

    // MARK: Helpers

    private func render(_ node: OpaquePointer) -> String {
        guard let html = cmark_render_html_with_mem(node, renderOptions, renderExtensions, memory) else { return "" }
        defer { memory.pointee.free(html) }  // with the allocator that made it (the arena, or the heap when large)
        return String(cString: html)
    }

    private func renderChildren(of node: OpaquePointer) -> String {
        var html = ""
        var child = cmark_node_first_child(node)
        while let next = child {
            html += render(next)
            child = cmark_node_next(next)
        }
        return html
    }

    /// The literals of `node`'s children when they are all text nodes (and there is one at
    /// least), joined; nil otherwise. cmark-gfm writes such children as that text, escaped.
    private func textOfTextChildren(_ node: OpaquePointer) -> String? {
        guard let first = cmark_node_first_child(node), cmark_node_get_type(first) == CMARK_NODE_TEXT else { return nil }
        var text = string(cmark_node_get_literal(first))
        guard var child = cmark_node_next(first) else { return text }  // (most cells: one text node)
        while true {
            guard cmark_node_get_type(child) == CMARK_NODE_TEXT else { return nil }
            text += string(cmark_node_get_literal(child))
            guard let next = cmark_node_next(child) else { return text }
            child = next
        }
    }

    /// Whether cmark-gfm surely writes a paragraph inside `<p>`: at the top level or in a block
    /// quote (a tight list's items have theirs written bare).
    private func hasParagraphTags(_ paragraph: OpaquePointer) -> Bool {
        guard let parent = cmark_node_parent(paragraph) else { return true }
        let type = cmark_node_get_type(parent)
        return type == CMARK_NODE_DOCUMENT || type == CMARK_NODE_BLOCK_QUOTE
    }

    /// The text a reader sees: literals of text and code, breaks as spaces,
    /// block boundaries as newlines.
    private func plainText(of root: OpaquePointer) -> String {
        // Most table cells and headings hold one text node: its literal, without an iterator.
        if let only = cmark_node_first_child(root), cmark_node_next(only) == nil,
           cmark_node_get_type(only) == CMARK_NODE_TEXT || cmark_node_get_type(only) == CMARK_NODE_CODE {
            return string(cmark_node_get_literal(only))
        }
        guard let iterator = cmark_iter_new(root) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER {
                switch type {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                    text += string(cmark_node_get_literal(node))
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    text += " "
                default:
                    break
                }
            } else if event == CMARK_EVENT_EXIT, node != root,
                      cmark_node_get_type(node).rawValue & UInt32(CMARK_NODE_TYPE_INLINE) != UInt32(CMARK_NODE_TYPE_INLINE),
                      !text.isEmpty, text.last != "\n" {
                text += "\n"
            }
        }
        return text
    }

    private func range(of node: OpaquePointer) -> SourceRange {
        let startLine = Int(cmark_node_get_start_line(node)), endLine = Int(cmark_node_get_end_line(node))
        guard startLine >= 1 else { return estimatedRange(of: node) }
        func position(_ line: Int, byteColumn: Int32) -> SourcePosition {
            SourcePosition(line: line, column: columns.scalarColumn(line: line, byteColumn: Int(byteColumn)))
        }
        return SourceRange(start: position(startLine, byteColumn: cmark_node_get_start_column(node)),
                           end: position(endLine, byteColumn: cmark_node_get_end_column(node)))
    }

    /// cmark-gfm leaves some nodes without a position (line 0), such as a
    /// paragraph the table extension split off (found by the fuzzer): the
    /// nearest ancestor's position, else the line after the block before it.
    private func estimatedRange(of node: OpaquePointer) -> SourceRange {
        var current = node
        while true {
            if current != node, cmark_node_get_start_line(current) >= 1 { return range(of: current) }
            if let previous = cmark_node_previous(current), cmark_node_get_start_line(previous) >= 1 {
                let line = min(Int(cmark_node_get_end_line(previous)) + 1, max(source.lineCount, 1))
                return SourceRange(line: line, column: 1)
            }
            guard let parent = cmark_node_parent(current) else { return SourceRange(line: 1, column: 1) }
            current = parent
        }
    }

    private func depth(of node: OpaquePointer) -> Int {
        var depth = 0
        var parent = cmark_node_parent(node)
        while let next = parent, cmark_node_get_type(next) != CMARK_NODE_DOCUMENT {
            depth += 1
            parent = cmark_node_parent(next)
        }
        return depth
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
