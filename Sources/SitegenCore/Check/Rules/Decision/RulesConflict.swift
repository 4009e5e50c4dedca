/// Overlapping rules with different outputs under U or A.
public struct RulesConflict: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "DMN005", name: "rules-conflict", severity: .error, category: .decision,
        summary: "two rules match a common input but give different outputs (hit policy U or A)",
        doc: """
            Under the unique (U) and any (A) hit policies, an input that two rules match must get \
            one answer. When the rules' outputs differ, the table does not say which applies: the \
            decision is ambiguous. The finding names the inputs both rules match. Make the input \
            ranges disjoint, make the outputs agree, or state the precedence with F (first) or P \
            (priority).
            """,
        badExample: "<!-- sitegen:table {kind: rules, hit-policy: A} -->\n| 年龄 | 结果 |\n|---|---|\n| <=18 | 拒绝 |\n| >=18 | 通过 |\n",
        goodExample: "<!-- sitegen:table {kind: rules, hit-policy: A} -->\n| 年龄 | 结果 |\n|---|---|\n| <18 | 拒绝 |\n| >=18 | 通过 |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let policies: [Result<HitPolicy, DecisionProblem>?] = [.success(.unique), .success(.any)]
        return context.decisionModels.filter { policies.contains($0.policy) && $0.entryProblems.isEmpty }.flatMap { model in
            model.laterRules { !DecisionModel.sameOutputs($0, $1) }.map { later, earlier in
                let outputs = { (rule: DecisionModel.Rule) in rule.outputs.map(\.text).joined(separator: ", ") }
                let first = model.rules[earlier[0]]
                let others = earlier.count > 1 ? "; rule \(later.number) also conflicts with \(model.numbers(earlier.dropFirst()))" : ""
                return descriptor.diagnostic(
                    context.page, line: later.row.line,
                    message: "rules \(first.number) and \(later.number) both match \(model.describe(first.box.intersection(later.box))) but give '\(outputs(first))' and '\(outputs(later))'" + others,
                    hint: "make the input ranges disjoint, or use hit policy F or P to say which rule wins",
                    related: model.related(earlier, file: context.file))
            }
        }
    }
}
