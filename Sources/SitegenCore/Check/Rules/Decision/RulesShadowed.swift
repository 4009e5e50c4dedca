/// A rule that can never fire under the first or priority hit policy.
public struct RulesShadowed: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "DMN006", name: "rules-shadowed", severity: .warning, category: .decision,
        summary: "a rule never fires: earlier rules (F) or higher-priority rules (P) match all its inputs",
        doc: """
            Under the first hit policy the first matching rule wins, so a rule whose whole input \
            region is covered by earlier rules is dead; under priority, a rule covered by rules \
            with a higher-priority output never decides. Such a rule is usually in the wrong place \
            (a catch-all above a specific case) or left over. Move it up, narrow the rules above, \
            or delete it. (A table's analysis stops after a million steps: hostile tables of \
            thousands of rules are checked only as far as that.)
            """,
        badExample: "<!-- sitegen:table {kind: rules, hit-policy: F} -->\n| 年龄 | 结果 |\n|---|---|\n| - | 通过 |\n| <18 | 拒绝 |\n",
        goodExample: "<!-- sitegen:table {kind: rules, hit-policy: F} -->\n| 年龄 | 结果 |\n|---|---|\n| <18 | 拒绝 |\n| - | 通过 |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.decisionModels.filter { $0.entryProblems.isEmpty }.flatMap { model -> [Diagnostic] in
            let rules = model.rules
            switch model.policy {
            case .success(.first)?:
                var budget = Self.budget
                return rules.indices.compactMap { index in
                    shadow(rules[index], by: rules[..<index], why: "earlier rules", model: model, context: context, budget: &budget)
                }
            case .success(.priority)?:
                guard let priorities = model.priorities else { return [] }
                func rank(_ rule: DecisionModel.Rule) -> Int? { rule.outputs.first.flatMap { priorities[EntryParser.textKey($0.text)] } }
                var budget = Self.budget
                return rules.compactMap { rule in
                    guard let own = rank(rule) else { return nil }
                    let better = rules.filter { other in rank(other).map { $0 < own } ?? false }
                    return shadow(rule, by: better[...], why: "rules with a higher-priority output", model: model, context: context,
                                  budget: &budget)
                }
            default:
                return []
            }
        }
    }

    /// Piece-by-box steps for all the rules of one table (a few times one
    /// analysis): past it, later rules are not examined.
    static let budget = 4 * Box.analysisBudget

    func shadow(_ rule: DecisionModel.Rule, by covering: ArraySlice<DecisionModel.Rule>, why: String, model: DecisionModel,
                context: RuleContext, budget: inout Int) -> Diagnostic? {
        guard budget > 0, !rule.box.isEmpty else { return nil }
        let relevant = covering.filter { $0.box.intersects(rule.box) }
        guard !relevant.isEmpty, rule.box.uncovered(by: relevant.map(\.box), budget: &budget) == [] else { return nil }
        return descriptor.diagnostic(
            context.page, line: rule.row.line,
            message: "rule \(rule.number) never fires: \(why) (\(relevant.map { String($0.number) }.joined(separator: ", "))) match every input it matches",
            hint: "move the rule above the rules that cover it, narrow them, or delete it",
            related: relevant.map { RelatedLocation(file: context.file, range: $0.row.range, message: "rule \($0.number)") })
    }
}
