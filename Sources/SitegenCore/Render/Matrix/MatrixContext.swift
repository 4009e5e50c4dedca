import Mustache

/// Template values of a comparison matrix (`matrix.mustache`): the static
/// table (options as rows, criteria as columns, sort values, best marks and
/// default scores), the controls the script reveals, and the JSON island.
struct MatrixContext {
    let table: DecisionTable
    let lang: String
    let strings: [String: String]
    let islandStrings: MatrixIslandStrings
    /// The URL of the page defining an option, relative to the current page.
    let optionURL: (String) -> String?

    /// `islandStrings` are picked out of `strings` when not given (a build gives them, once per language).
    init(table: DecisionTable, lang: String, strings: [String: String], islandStrings: MatrixIslandStrings? = nil,
         optionURL: @escaping (String) -> String?) {
        self.table = table
        self.lang = lang
        self.strings = strings
        self.islandStrings = islandStrings ?? MatrixIslandStrings(from: strings)
        self.optionURL = optionURL
    }

    func values() -> MustacheRecord {
        let matrix = Matrix(table)
        let scores = MatrixScores(matrix)
        let allOptions = Array(matrix.options.indices)
        // best[criterion][option] (flags: a set per criterion hashed every option for every cell)
        let best = matrix.criteria.indices.map { criterion in
            var flags = [Bool](repeating: false, count: allOptions.count)
            for option in scores.best(criterion: criterion, among: allOptions) { flags[option] = true }
            return flags
        }
        let defaultScores = allOptions.map { scores.score(option: $0, weights: scores.defaultWeights) }
        let caption = table.caption
            ?? text("comparisonOf", "Comparison: {name}").replacingPlaceholder("{name}", with: matrix.cornerLabel)
        let criteria = matrix.criteria.enumerated().map { index, criterion in
            MustacheRecord(names: Names.criterion, values: [
                index, criterion.cell.html, criterion.name, criterion.field?.type.rawValue ?? "any",
                criterion.field?.prefer.rawValue ?? "none", scores.criteria[index].isScored,
            ])
        }
        let options = matrix.options.enumerated().map { optionIndex, option in
            let cells = matrix.criteria.indices.map { criterionIndex in
                let cell = matrix.criteria[criterionIndex].values[optionIndex]
                let sort = scores.criteria[criterionIndex].sortValues[optionIndex]
                return MustacheRecord(names: Names.cell, values: [
                    criterionIndex, cell.html, cell.value.dimension.rawValue, sort != nil, sort.map(HTML.number) ?? "",
                    scores.criteria[criterionIndex].isScored, best[criterionIndex][optionIndex],
                ])
            }
            let strengths = matrix.criteria.indices.filter { best[$0][optionIndex] }.map { matrix.criteria[$0].name }
            return compact([
                "index": optionIndex, "name": option.name, "url": optionURL(option.name), "cells": cells,
                "score": defaultScores[optionIndex].map { String(Int(($0 * 100).rounded())) },
                "scoreSortValue": defaultScores[optionIndex].map { HTML.number(($0 * 10_000).rounded() / 10_000) },
                "reason": strengths.isEmpty ? nil : reason(strengths),
            ])
        }
        let levels = MatrixWeight.allCases.map { level in
            MustacheRecord(names: Names.level, values: [level.rawValue, text(level.stringKey, "\(level)"), level == .default])
        }
        let weighted = matrix.criteria.indices.filter { scores.criteria[$0].isScored }.map { index in
            MustacheRecord(names: Names.weighted, values: [index, matrix.criteria[index].name, levels])
        }
        let constraints = table.annotation?.constraints ?? []
        let island = MatrixIsland(table: table, matrix: matrix, scores: scores, lang: lang, islandStrings: islandStrings)
        return compact([
            "strings": strings, "id": table.id, "elementID": TableContext.elementID(table), "caption": caption,
            "optionLabel": table.annotation?.optionLabel ?? text("option", "Option"),
            "criteria": criteria, "options": options,
            "hasScore": scores.isScored, "hasBest": best.contains { $0.contains(true) },
            "weighted": weighted, "hasWeights": !weighted.isEmpty,
            "constraints": constraints.map { MustacheRecord(names: Names.constraint, values: [$0.id, $0.label]) },
            "hasConstraints": !constraints.isEmpty,
            // Bytes: `{{{json}}}` copies them into the page as they are (no string made and read again).
            "json": MustacheBytes(island.fastJSONBytes(stringsJSON: islandStrings.json)),
        ])
    }

    /// The names of the records made many times a matrix (shared, not made again for each).
    private enum Names {
        static let criterion = ["index", "html", "name", "type", "prefer", "scored"]
        static let cell = ["criterion", "html", "kind", "hasSortValue", "sortValue", "scored", "best"]
        static let level = ["value", "label", "selected"]
        static let weighted = ["index", "name", "levels"]
        static let constraint = ["id", "label"]
    }

    /// The interface string `key`; `fallback` is made only when it is missing
    /// (`"\(level)"` went through Swift's reflection for every matrix).
    func text(_ key: String, _ fallback: @autoclosure () -> String) -> String { strings[key] ?? fallback() }

    /// "Best at: 恢复可能性, 操作耗时" — the same wording the script uses.
    func reason(_ names: [String]) -> String {
        text("matrixReason", "Best at: {list}")
            .replacingPlaceholder("{list}", with: names.joined(separator: text("matrixListSeparator", ", ")))
    }
}
