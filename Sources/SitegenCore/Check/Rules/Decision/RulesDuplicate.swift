/// Two rules with the same inputs and the same outputs.
public struct RulesDuplicate: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "DMN003", name: "rules-duplicate", severity: .warning, category: .decision,
        summary: "two rules of a decision table match the same inputs and give the same outputs",
        doc: """
            A rule that repeats another (the same input region, however written: `>=18` and \
            `[18..∞)` are the same; the same outputs after normalisation) adds nothing, and an edit \
            to one copy makes the table contradict itself. Delete one of them.
            """,
        badExample: "<!-- sitegen:table {kind: rules, hit-policy: A} -->\n| 年龄 | 结果 |\n|---|---|\n| <18 | 拒绝 |\n| >=18 | 通过 |\n| >= 18 | 通过 |\n",
        goodExample: "<!-- sitegen:table {kind: rules, hit-policy: A} -->\n| 年龄 | 结果 |\n|---|---|\n| <18 | 拒绝 |\n| >=18 | 通过 |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.decisionModels.filter { $0.entryProblems.isEmpty }.flatMap { model in
            model.laterRules { $0.box == $1.box && DecisionModel.sameOutputs($0, $1) }.map { later, copies in
                let earlier = model.rules[copies[0]]
                return descriptor.diagnostic(
                    context.page, line: later.row.line,
                    message: "rule \(later.number) repeats rule \(earlier.number) (same inputs, same outputs)",
                    hint: "delete one of the two rules",
                    related: [RelatedLocation(file: context.file, range: earlier.row.range, message: "rule \(earlier.number)")])
            }
        }
    }
}
