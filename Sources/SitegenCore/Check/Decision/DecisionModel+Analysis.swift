extension DecisionModel {
    /// The whole input space: every input's domain (any value for free text).
    var domainBox: Box {
        Box(sides: inputs.map { $0.domain ?? ($0.isNumeric ? .numeric(.all) : .category(.all)) })
    }

    /// Each rule whose input region meets earlier rules that `include`
    /// keeps, with the indexes of those rules in order. The rules on pairs
    /// report once per later rule, so n rules that all overlap give n
    /// findings, not n²/2.
    func laterRules(meetingEarlier include: (Rule, Rule) -> Bool) -> [(later: Rule, earlier: [Int])] {
        rules.indices.compactMap { index in
            let earlier = earlierMeeting[index].filter { include(rules[$0], rules[index]) }
            return earlier.isEmpty ? nil : (rules[index], earlier)
        }
    }

    /// Related locations for the first few of some rules.
    func related(_ indexes: [Int], file: String, shown: Int = 5) -> [RelatedLocation] {
        indexes.prefix(shown).map { RelatedLocation(file: file, range: rules[$0].row.range, message: "rule \(rules[$0].number)") }
    }

    /// `rule 3`, `rules 3, 4 and 7`, `rules 3, 4, 7, 9, 12 and 40 more`.
    func numbers(_ indexes: ArraySlice<Int>, shown: Int = 5) -> String {
        let listed = indexes.prefix(shown).map { String(rules[$0].number) }
        guard listed.count > 1 else { return "rule " + (listed.first ?? "") }
        let rest = indexes.count - listed.count
        return rest > 0 ? "rules \(listed.joined(separator: ", ")) and \(rest) more"
            : "rules \(listed.dropLast().joined(separator: ", ")) and \(listed.last!)"
    }

    /// `年龄 in [18..65), 风险 = 高`: the constrained sides of a box.
    func describe(_ box: Box) -> String {
        let parts = zip(inputs, box.sides).compactMap { input, side -> String? in
            let everything = input.domain ?? (input.isNumeric ? .numeric(.all) : .category(.all))
            guard side != everything else { return nil }
            switch side {
            case .numeric(let set):
                return "\(input.name) \(set.intervals.map { Self.describe($0, in: input.example) }.joined(separator: " or "))"
            case .category(let set):
                let values = set.values.sorted().map { labels[$0] ?? $0 }.joined(separator: ", ")
                return set.negated ? "\(input.name) not in {\(values)}" : "\(input.name) = \(set.values.count == 1 ? values : "{\(values)}")"
            }
        }
        return parts.isEmpty ? "any input" : parts.joined(separator: ", ")
    }

    /// `in [18..65)`, `<= 10 min`, `in (0.02 USD/month per GB..0.025 USD/month per GB]`: the numbers
    /// in the unit of `example`, a value of the input, when it has one (canonical numbers are seconds,
    /// amounts per byte per second …).
    static func describe(_ interval: NumericInterval, in example: Quantity? = nil) -> String {
        func number(_ value: Double) -> String { Self.number(value, in: example) }
        if interval.lower == interval.upper { return "= \(number(interval.lower))" }
        if !interval.lower.isFinite { return (interval.upperClosed ? "<= " : "< ") + number(interval.upper) }
        if !interval.upper.isFinite { return (interval.lowerClosed ? ">= " : "> ") + number(interval.lower) }
        return "in " + (interval.lowerClosed ? "[" : "(") + number(interval.lower) + ".." + number(interval.upper)
            + (interval.upperClosed ? "]" : ")")
    }

    /// A canonical number in the unit of `example` (`600` → `10 min`), or as a number.
    static func number(_ value: Double, in example: Quantity?) -> String {
        if var shown = example {
            shown.interval = Interval(exactly: value)
            shown.bound = .exact
            shown.isApproximate = false
            shown.isInstant = false
            shown.label = nil
            return shown.valueDescription
        }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Input combinations no rule covers, merged into as few boxes as possible;
    /// nil when the table cannot be analysed (free-text inputs some rule
    /// constrains, unreadable entries, or too many pieces).
    var gaps: [Box]? {
        guard layoutProblem == nil, entryProblems.isEmpty, !rules.isEmpty else { return nil }
        for (index, input) in inputs.enumerated() where input.domain == nil && !input.isNumeric {
            // A free-text input has no finite domain: only analysable when no rule constrains it.
            guard rules.allSatisfy({ $0.box.sides[index] == .category(.all) }) else { return nil }
        }
        guard let remaining = domainBox.uncovered(by: rules.map(\.box)) else { return nil }
        let real = remaining.filter { box in
            zip(inputs, box.sides).allSatisfy { input, side in
                guard input.isIntegral, case .numeric(let set) = side else { return true }
                return set.intervals.contains(where: \.containsInteger)
            }
        }
        return Self.merge(real)
    }

    /// Joins boxes that differ in one side only, until none do: always the
    /// first such pair in (row, column) order, as a scan restarted after each
    /// join would find it, but without the restarts (only pairs with the box a
    /// join changed can have become joinable). Hostile tables stop after
    /// `budget` comparisons: the gaps are still right, only in more pieces.
    static func merge(_ boxes: [Box], budget: Int = 1_000_000) -> [Box] {
        guard boxes.count > 1, boxes.count < 500 else { return boxes }
        var boxes = boxes
        var budget = budget
        func join(_ target: Int, _ other: Int) -> Bool {
            budget -= 1
            guard budget >= 0, let side = differingSide(boxes[target], boxes[other]) else { return false }
            if side >= 0 { boxes[target].sides[side] = boxes[target].sides[side].union(boxes[other].sides[side]) }
            boxes.remove(at: other)
            return true
        }
        var row = 0
        while row < boxes.count, budget >= 0 {
            var column = row + 1
            var joined = false
            while column < boxes.count, !joined {
                joined = join(row, column)
                column += 1
            }
            guard joined else { row += 1; continue }
            // Box `row` changed: an earlier row may now join it first.
            var target = row
            while let earlier = (0..<target).first(where: { join($0, target) }) { target = earlier }
            row = target
        }
        return boxes
    }

    /// The one side two boxes differ in (-1 when equal), nil when they differ in more.
    static func differingSide(_ a: Box, _ b: Box) -> Int? {
        var found = -1
        for index in a.sides.indices where a.sides[index] != b.sides[index] {
            if found >= 0 { return nil }
            found = index
        }
        return found
    }
}
