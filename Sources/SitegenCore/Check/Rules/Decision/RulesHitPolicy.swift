/// A decision table without a valid hit policy.
public struct RulesHitPolicy: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "DMN001", name: "rules-hit-policy", severity: .error, category: .decision,
        summary: "a decision table has no hit policy, an unknown one, or an aggregation without C",
        doc: """
            A `rules` table says what happens when several rules match through its DMN hit policy: \
            U (unique: rules must not overlap), A (any: overlapping rules agree), P (priority), F \
            (first), R (rule order), O (output order) or C (collect, optionally aggregated as C+, \
            C<, C> or C#). Declare it in the annotation (`hit-policy: U`) or in the top-left cell \
            above a rule-number column, DMN style. P and O rank outputs by the values the output's \
            schema field lists (first = highest priority), so they need such a list. The other \
            decision rules only run on tables with a valid policy.
            """,
        badExample: "<!-- sitegen:table {kind: rules} -->\n| 年龄 | 结果 |\n|---|---|\n| <18 | 拒绝 |\n| >=18 | 通过 |\n",
        goodExample: "<!-- sitegen:table {kind: rules, hit-policy: U} -->\n| 年龄 | 结果 |\n|---|---|\n| <18 | 拒绝 |\n| >=18 | 通过 |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.decisionModels.compactMap { model -> Diagnostic? in
            let table = model.table
            let range = table.annotation?.range ?? table.header.range
            func report(_ message: String, _ hint: String) -> Diagnostic {
                descriptor.diagnostic(file: context.file, range: range, message: "decision table '\(table.id)': \(message)", hint: hint)
            }
            if let problem = model.layoutProblem {
                return report(problem, "set 'inputs' in the annotation to the number of input columns")
            }
            switch model.policy {
            case nil:
                return report("no hit policy", "add 'hit-policy: U' (or A, P, F, R, O, C) to the table annotation")
            case .failure(let problem)?:
                return report(problem.message, problem.hint)
            case .success(let policy)? where policy.needsPriorities && model.priorities == nil:
                return report("hit policy \(policy == .priority ? "P" : "O") ranks outputs, but the output has no declared values",
                              "list the output values in priority order (highest first) as 'enum' of the output's schema field")
            default:
                return nil
            }
        }
    }
}
