import Foundation

/// A `rules` table read as a DMN decision table: hit policy, typed inputs
/// with their domains, and each rule's input region and outputs.
///
/// The first `inputs` columns (annotation `inputs`, default all but the
/// last) are inputs, the rest outputs. A first column headed `#` (or a hit
/// policy letter, DMN style) holding rule numbers is a label column; a hit
/// policy in that corner counts when the annotation gives none.
struct DecisionModel {
    struct Input {
        var column: Int
        var name: String
        var isNumeric: Bool
        /// The values the input can take; nil for free text.
        var domain: EntrySet?
        /// Counts: only whole numbers.
        var isIntegral: Bool
        /// A value of the input with its unit (`5分钟`), to show its numbers in (`10 min`, not `600`).
        var example: Quantity?
        /// The values a text input's schema field lists (`enum`, `categories`), in their order.
        var declaredValues: [String]?
    }

    /// One row of the table read as a rule. A class: analyses pass rules
    /// around in pairs, and a copy of the row and cells per pair was most of
    /// their time on large tables.
    final class Rule: Sendable {
        /// 1-based position among the rules.
        let number: Int
        let row: TableRow
        let box: Box
        let outputs: [TableCell]
        /// The outputs' name keys, made once.
        let outputKeys: [String]

        init(number: Int, row: TableRow, box: Box, outputs: [TableCell]) {
            self.number = number
            self.row = row
            self.box = box
            self.outputs = outputs
            outputKeys = outputs.map { NameKey.key($0.text) }
        }
    }

    struct EntryProblem {
        var cell: TableCell
        var problem: DecisionProblem
    }

    var table: DecisionTable
    /// nil when neither the annotation nor the corner names a policy.
    var policy: Result<HitPolicy, DecisionProblem>?
    var inputs: [Input] = []
    var outputColumns: [Int] = []
    var rules: [Rule] = []
    /// For each rule, the earlier rules whose input regions meet its own:
    /// found once here for the three rules on pairs (overlap, conflict, duplicate).
    var earlierMeeting: [[Int]] = []
    var entryProblems: [EntryProblem] = []
    /// Set when the columns cannot be split into inputs and outputs.
    var layoutProblem: String?
    /// Text values as written, by key, for messages.
    var labels: [String: String] = [:]

    static let labelHeaders: Set<String> = ["#", "no", "no.", "编号", "序号", "规则", "rule"]

    /// How a `rules` table's columns divide: an optional rule-number column,
    /// then inputs, then outputs.
    struct Columns {
        var hasLabel: Bool
        var cornerPolicy: Result<HitPolicy, DecisionProblem>
        var inputs: Range<Int>
        var outputs: Range<Int>
        var problem: String?

        init(_ table: DecisionTable) {
            let corner = table.header.cell(0)?.text ?? ""
            let numbered = table.rows.allSatisfy { row in
                row.isGlued || row.cell(0).map { $0.text.isEmpty || Int($0.text) != nil } ?? true
            }
            cornerPolicy = HitPolicy.parse(corner)
            hasLabel = numbered && table.rows.contains { !$0.isGlued }
                && (DecisionModel.labelHeaders.contains(corner.lowercased()) || (try? cornerPolicy.get()) != nil)
            let first = hasLabel ? 1 : 0
            let available = table.columnCount - first
            let count = table.annotation?.inputCount ?? (available - 1)
            guard count >= 1, count < available else {
                inputs = first..<first
                outputs = first..<first
                problem = "a decision table needs at least one input and one output column; it has \(available) \(available == 1 ? "column" : "columns") and inputs: \(count)"
                return
            }
            inputs = first..<(first + count)
            outputs = (first + count)..<table.columnCount
        }
    }

    init(_ table: DecisionTable) {
        self.table = table
        let columns = Columns(table)
        if let declared = table.annotation?.hitPolicy {
            policy = HitPolicy.parse(declared)
        } else if columns.hasLabel, case .success = columns.cornerPolicy {
            policy = columns.cornerPolicy
        }
        if let problem = columns.problem {
            layoutProblem = problem
            return
        }
        let inputColumns = Array(columns.inputs)
        outputColumns = Array(columns.outputs)
        // A line glued onto the table (prose, a glued table) is no rule (a rule keeps its row's number).
        let ruleRows = table.rows.indices.filter { !table.rows[$0].isGlued }
        let entries = ruleRows.map { row in inputColumns.map { EntryParser.parse(table.rows[row].cell($0)?.text ?? "", numbers: table.numbers) } }
        var written = inputColumns.flatMap { column in
            table.schema?.field(named: table.header.cell(column)?.text ?? "").map { $0.constraints.enumValues ?? $0.categories } ?? []
        }
        written += ruleRows.flatMap { row in inputColumns.flatMap { EntryParser.split(table.rows[row].cell($0)?.text ?? "", numbers: table.numbers) } }
        for text in written where labels[EntryParser.textKey(text)] == nil {
            labels[EntryParser.textKey(text)] = text.trimmingCharacters(in: ["\""])
        }
        inputs = inputColumns.enumerated().map { index, column in
            var input = Self.input(column: column, table: table, entries: entries.map { $0[index] })
            if input.isNumeric {
                input.example = ruleRows.lazy.compactMap { EntryMeasure.example(in: table.rows[$0].cell(column)?.text ?? "", numbers: table.numbers) }.first
            }
            return input
        }
        for (position, number) in ruleRows.enumerated() {
            let row = table.rows[number]
            var sides: [EntrySet] = []
            for (index, input) in inputs.enumerated() {
                let cell = row.cell(input.column)
                switch side(entries[position][index], input: input) {
                case .success(let set): sides.append(set)
                case .failure(let problem):
                    if let cell { entryProblems.append(EntryProblem(cell: cell, problem: problem)) }
                    sides.append(input.isNumeric ? .numeric(.empty) : .category(CategorySet(values: [], negated: false)))
                }
            }
            rules.append(Rule(number: number + 1, row: row, box: Box(sides: sides),
                              outputs: outputColumns.compactMap { row.cell($0) }))
        }
        let problemCells = Set(entryProblems.compactMap(\.cell.range))
        entryProblems += measureProblems(ruleRows: ruleRows).filter { $0.cell.range.map { !problemCells.contains($0) } ?? true }
        entryProblems.sort { ($0.cell.range?.start.line ?? 0, $0.cell.range?.start.column ?? 0)
            < ($1.cell.range?.start.line ?? 0, $1.cell.range?.start.column ?? 0) }
        earlierMeeting = rules.indices.map { index in rules.indices[..<index].filter { rules[$0].box.intersects(rules[index].box) } }
    }

    /// The input's type: declared by the schema, or read from its entries (numeric when most are).
    static func input(column: Int, table: DecisionTable, entries: [EntryParser.Item]) -> Input {
        let name = table.header.cell(column)?.text ?? ""
        let field = table.schema?.field(named: name)
        let numericTypes: Set<ValueType> = [.count, .number, .duration, .rate, .money, .size]
        let isNumeric: Bool
        if let type = field?.type, type != .any {
            isNumeric = numericTypes.contains(type)
        } else {
            let numeric = entries.filter { if case .numeric = $0 { return true } else { return false } }.count
            let text = entries.filter { if case .text = $0 { return true } else { return false } }.count
            isNumeric = numeric > text
        }
        var domain: EntrySet?
        if isNumeric {
            let natural = field.map { [.count, .duration, .rate, .money, .size].contains($0.type) } ?? false
            let lower = field?.constraints.minimum ?? (natural ? 0 : -.infinity)
            let upper = field?.constraints.maximum ?? .infinity
            domain = .numeric(NumericSet([NumericInterval(lower: lower, lowerClosed: lower.isFinite, upper: upper,
                                                          upperClosed: upper.isFinite)]))
        } else if field?.type == .boolean {
            domain = .category(CategorySet(values: ["true", "false"], negated: false))
        } else if let values = field?.constraints.enumValues ?? (field?.categories.isEmpty == false ? field?.categories : nil) {
            domain = .category(CategorySet(values: Set(values.map(EntryParser.textKey)), negated: false))
        }
        var input = Input(column: column, name: name, isNumeric: isNumeric, domain: domain, isIntegral: field?.type == .count)
        if !isNumeric, field?.type != .boolean {
            input.declaredValues = field?.constraints.enumValues ?? (field?.categories.isEmpty == false ? field?.categories : nil)
        }
        return input
    }

    /// The set an entry matches within its input's domain.
    func side(_ item: EntryParser.Item, input: Input) -> Result<EntrySet, DecisionProblem> {
        let everything: EntrySet = input.domain ?? (input.isNumeric ? .numeric(.all) : .category(.all))
        switch item {
        case .any:
            return .success(everything)
        case .numeric(let set) where input.isNumeric:
            return .success(everything.intersection(.numeric(set)))
        case .text(let values, let negated) where !input.isNumeric:
            if case .category(let domain)? = input.domain, !domain.negated,
               let unknown = values.sorted().first(where: { !domain.values.contains($0) }) {
                return .failure(DecisionProblem(message: "'\(labels[unknown] ?? unknown)' is not one of the values of input '\(input.name)'",
                                               hint: "use one of: \(domain.values.sorted().map { labels[$0] ?? $0 }.joined(separator: ", "))"))
            }
            return .success(everything.intersection(.category(CategorySet(values: values, negated: negated))))
        case .numeric:
            return .failure(DecisionProblem(message: "input '\(input.name)' holds text values, but this entry is numeric",
                                           hint: "write the value as text, or declare the input as a number in the schema"))
        case .text:
            return .failure(DecisionProblem(message: "input '\(input.name)' holds numbers, but this entry is not a number, range or comparison",
                                           hint: "write e.g. 18, >= 18, [18..65), 5-10分钟, or - for any value"))
        }
    }

    /// Whether two rules give the same outputs (values compared after normalisation).
    static func sameOutputs(_ a: Rule, _ b: Rule) -> Bool {
        a.outputs.count == b.outputs.count && a.outputs.indices.allSatisfy { index in
            a.outputKeys[index] == b.outputKeys[index] || a.outputs[index].value.isEquivalent(to: b.outputs[index].value)
        }
    }

    /// Output priorities for P and O: the first output's declared values, first = highest (as in DMN).
    var priorities: [String: Int]? {
        guard let column = outputColumns.first, let name = table.header.cell(column)?.text,
              let field = table.schema?.field(named: name) else { return nil }
        let values = field.constraints.enumValues ?? field.categories
        guard !values.isEmpty else { return nil }
        return Dictionary(values.enumerated().map { (EntryParser.textKey($0.element), $0.offset) }, uniquingKeysWith: { a, _ in a })
    }
}
