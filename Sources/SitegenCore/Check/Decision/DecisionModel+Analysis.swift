extension DecisionModel {
    /// The whole input space: every input's domain (any value for free text).
    var domainBox: Box {
        Box(sides: inputs.map { $0.domain ?? ($0.isNumeric ? .numeric(.all) : .category(.all)) })
    }

    /// Pairs of rules (earlier, later) whose input regions meet.
    var overlappingPairs: [(DecisionModel.Rule, DecisionModel.Rule)] {
        var pairs: [(Rule, Rule)] = []
        for (index, later) in rules.enumerated() {
            for earlier in rules[..<index] where earlier.box.intersects(later.box) { pairs.append((earlier, later)) }
        }
        return pairs
    }

    /// `年龄 in [18..65), 风险 = 高`: the constrained sides of a box.
    func describe(_ box: Box) -> String {
        let parts = zip(inputs, box.sides).compactMap { input, side -> String? in
            let everything = input.domain ?? (input.isNumeric ? .numeric(.all) : .category(.all))
            guard side != everything else { return nil }
            switch side {
            case .numeric(let set):
                return "\(input.name) \(set.intervals.map(Self.describe).joined(separator: " or "))"
            case .category(let set):
                let values = set.values.sorted().map { labels[$0] ?? $0 }.joined(separator: ", ")
                return set.negated ? "\(input.name) not in {\(values)}" : "\(input.name) = \(set.values.count == 1 ? values : "{\(values)}")"
            }
        }
        return parts.isEmpty ? "any input" : parts.joined(separator: ", ")
    }

    static func describe(_ interval: NumericInterval) -> String {
        func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
        if interval.lower == interval.upper { return "= \(number(interval.lower))" }
        if !interval.lower.isFinite { return (interval.upperClosed ? "<= " : "< ") + number(interval.upper) }
        if !interval.upper.isFinite { return (interval.lowerClosed ? ">= " : "> ") + number(interval.lower) }
        return "in " + (interval.lowerClosed ? "[" : "(") + number(interval.lower) + ".." + number(interval.upper)
            + (interval.upperClosed ? "]" : ")")
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

    /// Joins boxes that differ in one side only, until none do.
    static func merge(_ boxes: [Box]) -> [Box] {
        var boxes = boxes
        var merged = true
        while merged, boxes.count > 1, boxes.count < 500 {
            merged = false
            search: for i in boxes.indices {
                for j in boxes.indices where j > i {
                    let different = boxes[i].sides.indices.filter { boxes[i].sides[$0] != boxes[j].sides[$0] }
                    guard different.count <= 1 else { continue }
                    if let side = different.first { boxes[i].sides[side] = boxes[i].sides[side].union(boxes[j].sides[side]) }
                    boxes.remove(at: j)
                    merged = true
                    break search
                }
            }
        }
        return boxes
    }
}
