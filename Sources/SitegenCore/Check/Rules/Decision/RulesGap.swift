/// Input combinations no rule of a decision table covers.
public struct RulesGap: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "DMN007", name: "rules-gap", severity: .warning, category: .decision,
        summary: "some combination of input values matches no rule of a decision table",
        doc: """
            A complete decision table answers every input. The rule computes the part of the input \
            space no rule covers (Calvanese et al.'s geometric reading: each rule is a box, the gaps \
            are what remains of the domain) and reports each missing region. Numeric inputs range \
            over their schema `minimum`…`maximum` (counts, durations and rates start at 0; counts \
            take whole numbers only); categorical inputs over their declared `enum` or `categories` \
            (booleans over yes/no). Tables with a free-text input that some rule constrains are \
            skipped: their domain is not finite; so are tables whose analysis would take more than \
            250,000 steps (thousands of rules cutting the space into pieces). Add the missing rules \
            or a catch-all (`-`) rule.
            """,
        badExample: "<!-- sitegen:table {kind: rules, hit-policy: U} -->\n| 年龄 | 结果 |\n|---|---|\n| <18 | 拒绝 |\n| >18 | 通过 |\n",
        goodExample: "<!-- sitegen:table {kind: rules, hit-policy: U} -->\n| 年龄 | 结果 |\n|---|---|\n| <18 | 拒绝 |\n| >=18 | 通过 |\n"
    )

    /// At most this many gaps are listed one by one per table.
    static let limit = 10

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.decisionModels.flatMap { model -> [Diagnostic] in
            guard model.layoutProblem == nil, case .success? = model.policy, let gaps = model.gaps else { return [] }
            let range = model.table.header.range
            var found = gaps.prefix(Self.limit).map { gap in
                descriptor.diagnostic(file: context.file, range: range,
                                      message: "decision table '\(model.table.id)': no rule covers \(model.describe(gap))",
                                      hint: "add a rule for these inputs, or a catch-all rule with '-' entries")
            }
            if gaps.count > Self.limit {
                found.append(descriptor.diagnostic(
                    file: context.file, range: range,
                    message: "decision table '\(model.table.id)': \(gaps.count - Self.limit) more input regions match no rule",
                    hint: "add a catch-all rule with '-' entries"))
            }
            return found
        }
    }
}
