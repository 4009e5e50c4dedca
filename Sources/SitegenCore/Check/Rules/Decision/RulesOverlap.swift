/// Overlapping rules in a table with the unique hit policy.
public struct RulesOverlap: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "DMN004", name: "rules-overlap", severity: .error, category: .decision,
        summary: "two rules of a U (unique) decision table match a common input",
        doc: """
            Under the unique hit policy at most one rule may match any input. Two rules whose input \
            regions meet (`<=18` and `>=18` both match 18) break that promise even when they agree \
            on the output; when they disagree the finding is rules-conflict instead. Make the \
            ranges disjoint (`<18` and `>=18`), or choose a policy that allows overlap (A, F, P…).
            """,
        badExample: "<!-- sitegen:table {kind: rules, hit-policy: U} -->\n| 年龄 | 结果 |\n|---|---|\n| <=18 | 通过 |\n| >=18 | 通过 |\n",
        goodExample: "<!-- sitegen:table {kind: rules, hit-policy: U} -->\n| 年龄 | 结果 |\n|---|---|\n| <18 | 通过 |\n| >=18 | 通过 |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.decisionModels.filter { $0.policy == .success(.unique) && $0.entryProblems.isEmpty }.flatMap { model in
            model.laterRules { $0.box != $1.box && DecisionModel.sameOutputs($0, $1) }.map { later, earlier in
                let first = model.rules[earlier[0]]
                let others = earlier.count > 1 ? "; rule \(later.number) also overlaps \(model.numbers(earlier.dropFirst()))" : ""
                return descriptor.diagnostic(
                    context.page, line: later.row.line,
                    message: "rules \(first.number) and \(later.number) both match \(model.describe(first.box.intersection(later.box))), but the hit policy is U (unique)" + others,
                    hint: "make their input ranges disjoint, or use hit policy A if overlapping rules may agree",
                    related: model.related(earlier, file: context.file))
            }
        }
    }
}
