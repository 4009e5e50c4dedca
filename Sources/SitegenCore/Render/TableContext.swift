import Mustache

/// Turns decision tables into template values and renders them through the
/// `table` and `matrix` templates.
struct TableContext {
    /// Page index of the page defining each option name.
    let optionPages: [String: Int]
    let urlFor: (_ root: String, _ pageIndex: Int) -> String
    /// The interface strings of the build's languages.
    let pageStrings: PageStrings

    /// The table's HTML, as UTF-8 bytes.
    func render(_ table: DecisionTable, page: Page, strings: [String: String], templateStrings: [String: Any], library: Theme)
        -> [UInt8]
    {
        // Tables link the theme's files as pages do.
        let asset = library.assetURLs.lambda(root: PageContext.root(of: page.route.outputPath))
        var bytes: [UInt8]
        if table.kind == .matrix {
            var values = matrix(table, page: page, strings: strings)
            values["strings"] = templateStrings
            values["asset"] = asset
            bytes = library.renderBytes(values, withTemplate: "matrix") ?? []
        } else {
            var values = plain(table, strings: strings)
            values["asset"] = asset
            bytes = library.renderBytes(values, withTemplate: "table") ?? []
            if let helper = DecisionHelper(table) {
                var form = decide(helper, table: table, strings: strings)
                form["strings"] = templateStrings
                bytes += library.renderBytes(form, withTemplate: "decide") ?? []
            }
        }
        if table.hasGluedLines { bytes += glued(onto: table, strings: strings, asset: asset, library: library) }
        return bytes
    }

    /// Lines glued into a table (when the rules reporting them are set below error) follow it as
    /// what they were meant to be, in source order: prose as paragraphs, each glued table as a
    /// plain table labelled after it ("Table 3 (2)").
    func glued(onto table: DecisionTable, strings: [String: String], asset: Any, library: Theme) -> [UInt8] {
        let label = label(of: table, strings: strings)
        var number = 1
        return table.gluedBlocks.flatMap { block -> [UInt8] in
            switch block {
            case .prose(let rows):
                return Self.paragraphs(rows)
            case .table(let glued):
                number += 1
                var values = plain(glued, strings: strings)
                values["label"] = "\(label) (\(number))"
                values["asset"] = asset
                return library.renderBytes(values, withTemplate: "table") ?? []
            }
        }
    }

    func label(of table: DecisionTable, strings: [String: String]) -> String {
        table.caption ?? "\(strings["tableLabel"] ?? "Table") \(table.index + 1)"
    }

    /// Lines of glued prose as the paragraphs they were meant to be, each run of consecutive
    /// lines one paragraph (cmark-gfm's inline HTML of each line, as in any cell).
    static func paragraphs(_ rows: [TableRow]) -> [UInt8] {
        var html: [UInt8] = []
        var previous: Int?
        for row in rows {
            let line = row.cells.first?.html ?? ""
            if let previous, previous == row.line - 1 {
                html.removeLast("</p>\n".utf8.count)
                html.append(utf8: "\n" + line + "</p>\n")
            } else {
                html.append(utf8: "<p>" + line + "</p>\n")
            }
            previous = row.line
        }
        return html
    }

    /// Element id of a table: prefixed so it cannot clash with heading anchors.
    static func elementID(_ table: DecisionTable) -> String { "tbl-\(table.id)" }

    func plain(_ table: DecisionTable, strings: [String: String]) -> MustacheRecord {
        let rowHeaderColumn = table.kind == .requirements ? keyColumn(table) : (table.kind == .rules ? nil : nil)
        let align: (Int) -> String = { column in
            column < table.alignments.count ? table.alignments[column].rawValue : "none"
        }
        return compact([
            "id": table.id,
            "elementID": Self.elementID(table),
            "kind": table.kind.rawValue,
            "caption": table.caption,
            "label": label(of: table, strings: strings),
            "header": table.header.cells.map { MustacheRecord(names: Names.header, values: [$0.html, align($0.column)]) },
            // The table's own rows: lines glued into it follow it (`glued(onto:)`).
            "rows": table.rows.compactMap { row -> MustacheRecord? in
                guard !row.isGlued else { return nil }
                return MustacheRecord(names: Names.row, values: [row.cells.map { cell in
                    MustacheRecord(names: Names.cell, values: [
                        cell.html, align(cell.column), cell.column == rowHeaderColumn, cell.value.dimension.rawValue,
                    ])
                }])
            },
        ])
    }

    /// A decision table's questions for the reader (``DecisionHelper``): each answer's value is the
    /// positions of the rules it matches, space-separated (`-` for none).
    func decide(_ helper: DecisionHelper, table: DecisionTable, strings: [String: String]) -> MustacheRecord {
        compact([
            "elementID": Self.elementID(table),
            "label": label(of: table, strings: strings),
            "policy": helper.policy,
            "outputs": helper.outputColumns.map(String.init).joined(separator: " "),
            "ranks": helper.ranks.map { $0.map(String.init).joined(separator: " ") },
            "values": helper.aggregate.map { $0.values.map(HTML.number).joined(separator: " ") },
            "sum": helper.aggregate?.format,
            "numberFormat": helper.aggregate?.numberFormat,
            "questions": helper.questions.enumerated().map { index, question in
                MustacheRecord(names: ["index", "name", "choices"], values: [
                    index, question.name,
                    question.choices.map { choice in
                        // (Every key given: a key missing here would be looked up in the form's record.)
                        MustacheRecord(names: ["label", "isOther", "rules"], values: [
                            choice.label, choice.label.isEmpty,
                            choice.rules.isEmpty ? "-" : choice.rules.map(String.init).joined(separator: " "),
                        ])
                    },
                ])
            },
        ])
    }

    /// The names of the records made for every cell and row (shared, not made again for each).
    private enum Names {
        static let header = ["html", "align"]
        static let row = ["cells"]
        static let cell = ["html", "align", "rowHeader", "kind"]
    }

    func keyColumn(_ table: DecisionTable) -> Int {
        guard let name = table.annotation?.keyColumn else { return 0 }
        return table.columnNames.firstIndex(of: name) ?? 0
    }

    /// A matrix is rendered with options as rows and criteria as columns, so
    /// every criterion can be sorted, whichever way the source is written.
    func matrix(_ table: DecisionTable, page: Page, strings: [String: String]) -> MustacheRecord {
        let root = PageContext.root(of: page.route.outputPath)
        return MatrixContext(table: table, lang: page.lang, strings: strings,
                             islandStrings: pageStrings.islandStrings(for: page.lang)) { name in
            optionPages[name].map { urlFor(root, $0) }
        }.values()
    }
}
