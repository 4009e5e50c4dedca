import Mustache

/// Renders a page's Markdown body: cmark's HTML for ordinary blocks, and
/// sitegen's own markup for headings (anchors) and tables (templates), as
/// UTF-8 bytes: tables render into them through the templates, and the page's
/// layout copies them as they are (``MustacheBytes``).
struct BodyRenderer {
    let library: Theme
    let tables: TableContext

    func render(_ page: Page, strings: [String: String], templateStrings: [String: Any]) -> [UInt8] {
        var html: [UInt8] = []
        html.reserveCapacity(page.source.text.utf8.count * 2)
        var headingCursor = 0
        func emit(_ block: MarkdownBlock) {
            switch block {
            case .html(let text, _, _):
                html.append(utf8: text)
            case .paragraph(let text, _):
                html.append(utf8: MarkdownBlock.paragraphHTML(text))
            case .heading(let index):
                guard index < page.headings.count else { return }
                let heading = page.headings[index]
                headingCursor = index
                let anchor = HTML.escape(heading.anchor)
                let href = HTML.escape(URLPath.encodeFragment(heading.anchor))
                let label = HTML.escape(strings["anchorLabel"] ?? "Link to this section")
                html.append(utf8: "<h\(heading.level) id=\"\(anchor)\">\(heading.html)")
                html.append(utf8: "<a class=\"heading-anchor\" href=\"#\(href)\" aria-label=\"\(label)\">#</a></h\(heading.level)>\n")
            case .table(let index):
                guard index < page.tables.count else { return }
                html += tables.render(page.tables[index], page: page, strings: strings, templateStrings: templateStrings,
                                      library: library)
            case .comment:
                break
            case .container(let open, let close, let children):
                html.append(utf8: open)
                children.forEach(emit)
                html.append(utf8: close)
            }
        }
        page.document.blocks.forEach(emit)
        _ = headingCursor
        html.append(utf8: page.document.footnotesHTML)
        return html
    }
}
