/// A translated page whose tables no longer say what the page it translates says.
public struct TranslationDrift: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "CON002", name: "translation-drift", severity: .warning, category: .consistency,
        summary: "a translation's table states another value, or has another shape, than the page it translates",
        doc: """
            On a translated site (`languages:` in `sitegen.yml`), `Content/en/methods/cancel.md` \
            translates `Content/methods/cancel.md`. Words differ between languages, values do not: \
            the rule compares the two pages' tables in order (rows in order too, or by their first \
            cell when both tables name the same rows there, in any order) and reports, on the translation, a \
            table missing or added, a row or column missing or added, a cell that is empty on one \
            side only, and a value that means something else (`10 min` where the original says \
            `5分钟`). Values compare by meaning, so `5分钟` and `5 min`, `是` and `yes`, `免费` and \
            `free`, `每天24次` and `24 per day` (a counting word is a word) agree; cells of text are \
            words, and are not compared, nor are prices in two currencies (`$5` for `35元`: there \
            are no exchange rates). The page of the site's own language is the original; a page \
            translated only into other languages is compared with the first of them as listed.
            """,
        badExample: "| Method | Time |\n|---|---|\n| Cancel the account | 10 min |\n",
        goodExample: "| Method | Time |\n|---|---|\n| Cancel the account | 5 min |\n",
        exampleSetting: ExampleSetting(config: "{language: zh-CN, languages: [en]}", path: "en/page.md",
                                       pages: ["page.md": "| 方式 | 耗时 |\n|---|---|\n| 注销账户 | 5分钟 |\n"])
    )

    /// Its site part reads the tables of translated pages.
    public var siteReads: PageParts { .tables }
    public var readsIndex: SiteIndex.Parts { [] }

    public func checkSite(_ index: SiteIndex) -> [Diagnostic] {
        let site = index.site
        let folders = site.config.languages.map(\.tag)
        var found: [Diagnostic] = []
        for group in SiteLanguage.translationGroups(of: site.pages, folders: folders) {
            let original = site.pages[group[0]]
            for translation in group.dropFirst() {
                found += compare(site.pages[translation], with: original)
            }
        }
        return found
    }

    func compare(_ page: Page, with original: Page) -> [Diagnostic] {
        let version = "the \(original.lang) version (\(original.file)"
        guard page.tables.count == original.tables.count else {
            let range = page.tables.first?.header.range ?? SourceRange(line: 1, column: 1, endColumn: 1)
            return [descriptor.diagnostic(
                file: page.file, range: range,
                message: "this page has \(Self.count(page.tables.count, "table")) but \(version)) has \(original.tables.count)",
                hint: "translate the missing table or remove the extra one: the tables of translations are compared in order",
                related: [RelatedLocation(file: original.file, range: nil, message: "the page it translates")])]
        }
        var found: [Diagnostic] = []
        for position in page.tables.indices {
            found += compare(page.tables[position], of: page, with: original.tables[position], of: original, version: version)
        }
        return found
    }

    private func compare(_ table: DecisionTable, of page: Page, with other: DecisionTable, of original: Page,
                         version: String) -> [Diagnostic] {
        let rows = table.rows.filter { !$0.isGluedProse }, otherRows = other.rows.filter { !$0.isGluedProse }
        let at = "\(version):\(other.range.start.line))"
        if rows.count != otherRows.count || table.columnCount != other.columnCount {
            let (what, here, there) = rows.count != otherRows.count
                ? ("row", rows.count, otherRows.count) : ("column", table.columnCount, other.columnCount)
            return [descriptor.diagnostic(
                file: page.file, range: table.header.range,
                message: "table '\(table.id)' has \(Self.count(here, what)) here but \(there) in \(at)",
                hint: "translate the missing \(what) or remove the extra one, so both versions state the same facts",
                related: [RelatedLocation(file: original.file, range: other.header.range, message: "the table it translates")])]
        }
        var found: [Diagnostic] = []
        for (row, otherRow) in Self.pairs(rows, otherRows) {
            for (cell, otherCell) in zip(row.cells, otherRow.cells) {
                guard let message = Self.difference(cell, otherCell, at: "\(version):\(otherRow.line))") else { continue }
                found.append(descriptor.diagnostic(
                    file: page.file, range: page.contentRange(of: cell) ?? row.range, message: message,
                    hint: "make both versions state the same value (values compare by meaning: 5分钟 = 5 min)",
                    related: [RelatedLocation(file: original.file, range: original.contentRange(of: otherCell),
                                              message: "stated as '\(otherCell.text)' here")]))
            }
        }
        return found
    }

    /// The rows of a translation paired with the original's: by their first cell when both tables
    /// name the same rows there, each once (options' names such as `Standard`, `GitHub`), whatever
    /// their order; else in order.
    static func pairs(_ rows: [TableRow], _ otherRows: [TableRow]) -> [(TableRow, TableRow)] {
        func keys(_ rows: [TableRow]) -> [String]? {
            let keys = rows.compactMap { row in row.cells.first.map { ScannedText.comparisonKey($0.text) } }
            return keys.count == rows.count && Set(keys).count == keys.count && !keys.contains("") ? keys : nil
        }
        guard let here = keys(rows), let there = keys(otherRows), here != there, Set(here) == Set(there) else {
            return Array(zip(rows, otherRows))
        }
        let position = Dictionary(uniqueKeysWithValues: there.enumerated().map { ($0.element, $0.offset) })
        return rows.indices.map { (rows[$0], otherRows[position[here[$0]]!]) }
    }

    /// What differs between a translation's cell and the original's: one empty, or two values of
    /// another meaning. Text (words) is not compared.
    static func difference(_ cell: TableCell, _ original: TableCell, at place: String) -> String? {
        let value = cell.value, originalValue = original.value
        switch (value.isEmpty, originalValue.isEmpty) {
        case (true, true): return nil
        case (true, false): return "this cell is empty but it is '\(original.text)' in \(place)"
        case (false, true): return "'\(cell.text)' here but the cell is empty in \(place)"
        case (false, false): break
        }
        guard value.dimension != .text, originalValue.dimension != .text, !sameMeaning(value, originalValue) else { return nil }
        // A price in the reader's currency (`$5` for `35元`) compares with none: there are no exchange rates.
        if let unit = value.unit, let other = originalValue.unit, unit != other,
           Lexicon.currencyCodes.contains(unit), Lexicon.currencyCodes.contains(other) { return nil }
        return "'\(cell.text)' here but '\(original.text)' in \(place)"
    }

    /// Equivalent values (``CellValue/isEquivalent(to:)``), or values that differ only in their
    /// counting word: a unit word is a word of its language (`每天24次`, `24 times a day`, `24 раза в
    /// день`, `1日24回` count the same). Currencies, percentages and bytes still have to agree.
    static func sameMeaning(_ value: CellValue, _ original: CellValue) -> Bool {
        if value.isEquivalent(to: original) { return true }
        guard value.dimension == original.dimension, value.isBusinessDays == original.isBusinessDays,
              value.basis == original.basis, neutralUnit(value.unit) == neutralUnit(original.unit),
              let a = value.canonical, let b = original.canonical else { return false }
        return a.isClose(to: b)
    }

    /// A unit that is the same in every language (a currency code, `%`, bytes), or nil for a word.
    static func neutralUnit(_ unit: String?) -> String? {
        guard let unit, unit == "%" || unit == Quantity.byteUnit || Lexicon.currencyCodes.contains(unit) else { return nil }
        return unit
    }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
