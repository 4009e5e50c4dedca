/// The reader's side of a decision table (`kind: rules`): one question per input, whose answers are
/// the values or ranges the rules tell apart, each with the rules it matches. The page script
/// intersects the answers' rules and shows the outputs the hit policy gives; without the script
/// the form stays hidden and the table reads as before. Only for tables sitegen can analyse (a
/// known hit policy, no entry problems).
struct DecisionHelper {
    struct Choice {
        var label: String
        /// Positions of the matching rules among the table's rules (its body rows).
        var rules: [Int]
    }

    struct Question {
        var name: String
        var choices: [Choice]
    }

    var questions: [Question]
    /// `U`, `A`, `P`, `F`, `R`, `O`, `C`, `C+`, `C<`, `C>` or `C#`.
    var policy: String
    /// The output columns (positions in a rendered row).
    var outputColumns: [Int]
    /// For `P` and `O`: each rule's output rank in the output's declared values (0 = highest).
    var ranks: [Int]?
    /// For `C+`, `C<` and `C>` with one output of numbers written alike: the rules' outputs.
    var aggregate: Aggregate?

    /// The most answers one question offers; a finer table is left as a table.
    static let maximumChoices = 40

    init?(_ table: DecisionTable) {
        guard table.kind == .rules, !table.rows.isEmpty else { return nil }
        let model = DecisionModel(table)
        guard model.layoutProblem == nil, model.entryProblems.isEmpty, !model.inputs.isEmpty, !model.rules.isEmpty
        else { return nil }
        let policy: HitPolicy
        switch model.policy {
        case .none: policy = .unique
        case .success(let declared)?: policy = declared
        case .failure?: return nil
        }
        let texts = model.rules.map { rule in model.inputs.map { rule.row.cell($0.column)?.text ?? "" } }
        var questions: [Question] = []
        for (index, input) in model.inputs.enumerated() {
            let sides = model.rules.map { $0.box.sides[index] }
            let choices = input.isNumeric
                ? Self.ranges(of: input, sides: sides, written: Self.writtenValues(texts.map { $0[index] }, numbers: table.numbers)
                                .merging(Self.writtenBounds(table.schema?.field(named: input.name))) { entry, _ in entry },
                              numbers: table.numbers)
                : Self.values(of: input, sides: sides, texts: texts.map { $0[index] }, labels: model.labels,
                              numbers: table.numbers)
            guard let choices, !choices.isEmpty, choices.count <= Self.maximumChoices else { return nil }
            questions.append(Question(name: input.name, choices: choices))
        }
        self.questions = questions
        self.policy = Self.letter(policy)
        outputColumns = model.outputColumns
        if ["C+", "C<", "C>"].contains(self.policy), model.outputColumns.count == 1 {
            aggregate = Self.aggregate(of: model.rules.map { $0.outputs.first?.text ?? "" }, numbers: table.numbers)
        }
        if policy.needsPriorities, let first = model.outputColumns.first,
           let field = table.schema?.field(named: table.header.cell(first)?.text ?? "") {
            let order = (field.constraints.enumValues ?? field.categories).map(EntryParser.textKey)
            ranks = model.rules.map { rule in
                rule.outputs.first.flatMap { order.firstIndex(of: EntryParser.textKey($0.text)) } ?? order.count
            }
        }
    }

    static func letter(_ policy: HitPolicy) -> String {
        switch policy {
        case .unique: return "U"
        case .any: return "A"
        case .priority: return "P"
        case .first: return "F"
        case .ruleOrder: return "R"
        case .outputOrder: return "O"
        case .collect(let aggregation): return "C" + (aggregation.map(String.init) ?? "")
        }
    }

    /// The answers of a text input: its declared values in their order, else the values the rules
    /// name in table order, and "other" when a rule matches values none names (`-`, `not(高)`).
    static func values(of input: DecisionModel.Input, sides: [EntrySet], texts: [String], labels: [String: String],
                       numbers: NumberConvention = .decimalPoint) -> [Choice]? {
        var keys: [String] = []
        if case .category(let domain)? = input.domain {
            keys = domain.values.sorted(by: >)  // (yes before no)
            if let values = input.declaredValues { keys = values.map(EntryParser.textKey).filter(domain.values.contains) }
        } else {
            for text in texts {
                var entry = text.trimmingWhitespace()
                if entry.lowercased().hasPrefix("not("), entry.hasSuffix(")") { entry = String(entry.dropFirst(4).dropLast()) }
                for item in EntryParser.split(entry, numbers: numbers) where !EntryParser.anyWords.contains(item.lowercased()) {
                    let key = EntryParser.textKey(item)
                    if !keys.contains(key) { keys.append(key) }
                }
            }
        }
        // Entries that are all yes or no words ask yes or no: the other answer in the table's words.
        let yesOrNo = input.domain == nil && !keys.isEmpty && keys.allSatisfy { $0 == "true" || $0 == "false" }
        var labels = labels
        if yesOrNo {
            for (key, other) in [("true", "false"), ("false", "true")] where labels[key] == nil {
                labels[key] = labels[other].flatMap(WholeCellWords.opposite(of:))
            }
            keys = ["true", "false"]
        }
        var choices = keys.map { key in
            Choice(label: labels[key] ?? (key == "true" ? "✓" : key == "false" ? "✗" : key),
                   rules: sides.indices.filter { sides[$0].meets(.category(CategorySet(values: [key], negated: false))) })
        }
        if input.domain == nil, !yesOrNo {
            let other = sides.indices.filter { index in
                if case .category(let set) = sides[index] { return set.negated }
                return false
            }
            if !other.isEmpty { choices.append(Choice(label: "", rules: other)) }  // labelled by the template's string
        }
        return choices
    }

    /// The answers of a numeric input: the ranges between the numbers its rules are bounded by, those
    /// matching the same rules merged (`< 18`, `18 – 65`, `> 65`), in the input's domain.
    static func ranges(of input: DecisionModel.Input, sides: [EntrySet], written: [Double: String],
                       numbers: NumberConvention = .decimalPoint) -> [Choice]? {
        let sets = sides.compactMap { side -> NumericSet? in
            if case .numeric(let set) = side { return set }
            return nil
        }
        guard sets.count == sides.count else { return nil }
        let domain: NumericSet
        if case .numeric(let set)? = input.domain { domain = set } else { domain = .all }
        var points = Set<Double>()
        for interval in (sets + [domain]).flatMap(\.intervals) {
            if interval.lower.isFinite { points.insert(interval.lower) }
            if interval.upper.isFinite { points.insert(interval.upper) }
        }
        // (More bounds than answers could be shown: the table is left as it is, unread.)
        guard points.count <= 2 * maximumChoices else { return nil }
        let sorted = points.sorted()
        var pieces: [NumericInterval] = []
        var lower = -Double.infinity
        for point in sorted {
            pieces.append(NumericInterval(lower: lower, lowerClosed: false, upper: point, upperClosed: false))
            pieces.append(.point(point))
            lower = point
        }
        pieces.append(NumericInterval(lower: lower, lowerClosed: false, upper: .infinity, upperClosed: false))
        var merged: [(interval: NumericInterval, rules: [Int])] = []
        for piece in pieces {
            guard let inside = NumericSet([piece]).intersection(domain).intervals.first, !inside.isEmpty,
                  !input.isIntegral || inside.containsInteger else { continue }
            let rules = sets.indices.filter { EntrySet.numeric(sets[$0]).meets(.numeric(NumericSet([inside]))) }
            if let last = merged.last, last.rules == rules, last.interval.upper == inside.lower {
                merged[merged.count - 1].interval.upper = inside.upper
                merged[merged.count - 1].interval.upperClosed = inside.upperClosed
            } else {
                merged.append((inside, rules))
            }
        }
        // The zero a duration or a price starts from goes unsaid unless an entry names it:
        // `< $1/month`, not `≥ 0 USD/month, < $1/month` (a schema's own minimum is shown).
        return merged.map { piece in
            var shown = piece.interval
            if shown.lower == 0, shown.upper != 0, written[0] == nil { shown.lower = -.infinity }
            return Choice(label: label(of: shown, example: input.example, written: written, numbers: numbers), rules: piece.rules)
        }
    }

    /// `< 10分钟`, `≥ 10分钟, < 20 min`, `18 – 65`, `> 65`: bounds as the entries wrote them where
    /// they did, else in the unit of a value of the input, with the page's decimal separator.
    static func label(of interval: NumericInterval, example: Quantity?, written: [Double: String],
                      numbers: NumberConvention = .decimalPoint) -> String {
        func text(_ value: Double) -> String {
            if let spelled = written[NumericInterval.settled(value)] { return spelled }
            return numbers.written(DecisionModel.number(value, in: example))
        }
        if interval.lower == interval.upper { return text(interval.lower) }
        let from = interval.lower.isFinite ? (interval.lowerClosed ? "≥ " : "> ") + text(interval.lower) : nil
        let to = interval.upper.isFinite ? (interval.upperClosed ? "≤ " : "< ") + text(interval.upper) : nil
        if interval.lowerClosed, interval.upperClosed, interval.lower.isFinite, interval.upper.isFinite {
            return text(interval.lower) + " – " + text(interval.upper)
        }
        return [from, to].compactMap { $0 }.joined(separator: ", ")
    }

    /// A schema field's `minimum` and `maximum` as written (`2,5 kg`), by their settled numbers.
    static func writtenBounds(_ field: FieldSchema?) -> [Double: String] {
        var written: [Double: String] = [:]
        if let constraints = field?.constraints {
            if let value = constraints.minimum, let text = constraints.minimumText { written[NumericInterval.settled(value)] = text }
            if let value = constraints.maximum, let text = constraints.maximumText { written[NumericInterval.settled(value)] = text }
        }
        return written
    }

    /// Each number the entries name, settled, with its text as first written (`10分钟` for 600).
    static func writtenValues(_ texts: [String], numbers: NumberConvention = .decimalPoint) -> [Double: String] {
        var written: [Double: String] = [:]
        for text in texts {
            for value in EntryMeasure.valueTexts(of: text, numbers: numbers) {
                let trimmed = value.trimmingWhitespace()
                guard let number = EntryParser.number(trimmed, numbers: numbers), written[number] == nil else { continue }
                written[number] = trimmed
            }
        }
        return written
    }
}
