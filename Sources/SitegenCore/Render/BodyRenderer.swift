import Mustache

/// Renders a page's Markdown body: cmark's HTML for ordinary blocks, and
/// sitegen's own markup for headings (anchors) and tables (templates).
struct BodyRenderer {
    let library: Theme
    let tables: TableContext

    func render(_ page: Page, strings: [String: String], templateStrings: [String: Any]) -> String {
        var html = ""
        var headingCursor = 0
        func emit(_ block: MarkdownBlock) {
            switch block {
            case .html(let text, _, _):
                html += text
            case .paragraph(let text, _):
                html += MarkdownBlock.paragraphHTML(text)
            case .heading(let index):
                guard index < page.headings.count else { return }
                let heading = page.headings[index]
                headingCursor = index
                let anchor = HTML.escape(heading.anchor)
                let href = HTML.escape(URLPath.encodeFragment(heading.anchor))
                let label = HTML.escape(strings["anchorLabel"] ?? "Link to this section")
                html += "<h\(heading.level) id=\"\(anchor)\">\(heading.html)"
                html += "<a class=\"heading-anchor\" href=\"#\(href)\" aria-label=\"\(label)\">#</a></h\(heading.level)>\n"
            case .table(let index):
                guard index < page.tables.count else { return }
                html += tables.render(page.tables[index], page: page, strings: strings, templateStrings: templateStrings,
                                      library: library)
            case .comment:
                break
            case .container(let open, let close, let children):
                html += open
                children.forEach(emit)
                html += close
            }
        }
        page.document.blocks.forEach(emit)
        _ = headingCursor
        html += page.document.footnotesHTML
        return html
    }
}
