import Mustache

/// Turns decision tables into template values and renders them through the
/// `table` and `matrix` templates.
struct TableContext {
    /// Page index of the page defining each option name.
    let optionPages: [String: Int]
    let pages: [Page]
    let urlFor: (_ root: String, _ outputPath: String) -> String

    func render(_ table: DecisionTable, page: Page, strings: [String: String], library: Theme) -> String {
        if table.kind == .matrix {
            return library.render(matrix(table, page: page, strings: strings), withTemplate: "matrix") ?? ""
        }
        return library.render(plain(table, strings: strings), withTemplate: "table") ?? ""
    }

    /// Element id of a table: prefixed so it cannot clash with heading anchors.
    static func elementID(_ table: DecisionTable) -> String { "tbl-\(table.id)" }

    func plain(_ table: DecisionTable, strings: [String: String]) -> [String: Any] {
        let rowHeaderColumn = table.kind == .requirements ? keyColumn(table) : (table.kind == .rules ? nil : nil)
        let align: (Int) -> String = { column in
            column < table.alignments.count ? table.alignments[column].rawValue : "none"
        }
        return compact([
            "id": table.id,
            "elementID": Self.elementID(table),
            "kind": table.kind.rawValue,
            "caption": table.caption,
            "label": table.caption ?? "\(strings["tableLabel"] ?? "Table") \(table.index + 1)",
            "header": table.header.cells.map { ["html": $0.html, "align": align($0.column)] },
            "rows": table.rows.map { row in
                ["cells": row.cells.map { cell -> [String: Any] in
                    ["html": cell.html, "align": align(cell.column), "rowHeader": cell.column == rowHeaderColumn,
                     "kind": cell.value.dimension.rawValue]
                }]
            },
        ])
    }

    func keyColumn(_ table: DecisionTable) -> Int {
        guard let name = table.annotation?.keyColumn else { return 0 }
        return table.columnNames.firstIndex(of: name) ?? 0
    }

    /// A matrix is rendered with options as rows and criteria as columns, so
    /// every criterion can be sorted, whichever way the source is written.
    func matrix(_ table: DecisionTable, page: Page, strings: [String: String]) -> [String: Any] {
        let matrix = Matrix(table)
        let root = PageContext.root(of: page.route.outputPath)
        let caption = table.caption
            ?? (strings["comparisonOf"] ?? "Comparison: {name}").replacingOccurrences(of: "{name}", with: matrix.cornerLabel)
        let criteria = matrix.criteria.enumerated().map { index, criterion -> [String: Any] in
            ["index": index, "html": criterion.cell.html, "name": criterion.name,
             "type": criterion.field?.type.rawValue ?? "any", "prefer": criterion.field?.prefer.rawValue ?? "none"]
        }
        let options = matrix.options.enumerated().map { optionIndex, option -> [String: Any] in
            let cells = matrix.criteria.enumerated().map { criterionIndex, criterion -> [String: Any] in
                let cell = criterion.values[optionIndex]
                let sort = MatrixSortKey.value(of: cell, field: criterion.field)
                return ["criterion": criterionIndex, "html": cell.html, "kind": cell.value.dimension.rawValue,
                        "hasSortValue": sort != nil, "sortValue": sort.map(HTML.number) ?? ""]
            }
            let url = optionPages[option.name].map { urlFor(root, pages[$0].route.outputPath) }
            return compact(["index": optionIndex, "name": option.name, "url": url, "cells": cells])
        }
        return [
            "id": table.id, "elementID": Self.elementID(table), "caption": caption,
            "optionLabel": table.annotation?.optionLabel ?? strings["option"] ?? "Option",
            "criteria": criteria, "options": options,
        ]
    }
}

/// The canonical sort value of a matrix cell: the rank of an ordered
/// category, else the typed value's canonical lower bound.
public enum MatrixSortKey {
    public static func value(of cell: TableCell, field: FieldSchema?) -> Double? {
        if let field, !field.categories.isEmpty {
            return field.rank(of: cell.text).map(Double.init)
        }
        return cell.value.sortValue
    }
}
