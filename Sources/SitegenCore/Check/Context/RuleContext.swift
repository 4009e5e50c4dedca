/// One page as page rules see it: the typed page, the site it belongs to,
/// and what the structural rules read from its raw lines, computed once per
/// page and shared by every rule.
public struct RuleContext: Sendable {
    public let page: Page
    public let site: Site
    public let lines: LineScan
    /// Every pipe table of the page as its source lines lay it out, parsed or not.
    public let layouts: [TableLayout]
    /// The page's `rules` tables read as decision tables.
    let decisionModels: [DecisionModel]
    /// Whether each line (1-based; index 0 unused) belongs to a table layout, and is prose glued into one.
    let tableLines: [Bool]
    let gluedLines: [Bool]
    /// The value cells of each table (by table index), with their fields.
    let typedCells: [[TypedCell]]

    public init(page: Page, site: Site) {
        self.page = page
        self.site = site
        lines = LineScan(page.source, frontMatterEnd: page.frontMatter.range?.end.line ?? 0)
        layouts = TableLayout.layouts(of: page, lines: lines)
        var tableLines = [Bool](repeating: false, count: page.source.lineCount + 2)
        var gluedLines = tableLines
        for layout in layouts {
            for line in layout.firstLine...min(layout.lastLine, page.source.lineCount) { tableLines[line] = true }
            for run in layout.swallowed { for line in run where line < gluedLines.count { gluedLines[line] = true } }
        }
        self.tableLines = tableLines
        self.gluedLines = gluedLines
        typedCells = page.tables.map(\.typedCells)
        decisionModels = page.tables.filter { $0.kind == .rules }.map(DecisionModel.init)
    }

    /// True when the line belongs to a table (its rows or prose glued into it).
    public func isInTable(_ line: Int) -> Bool {
        tableLines.indices.contains(line) && tableLines[line]
    }

    /// True when the line is prose glued into a table.
    public func isGluedProse(_ line: Int) -> Bool {
        gluedLines.indices.contains(line) && gluedLines[line]
    }

    public var file: String { page.file }

    /// The parsed table a layout belongs to.
    public func table(of layout: TableLayout) -> DecisionTable? {
        layout.tableIndex.flatMap { page.tables.indices.contains($0) ? page.tables[$0] : nil }
    }
}
