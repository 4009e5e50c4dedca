/// An input entry that does not fit its input's type.
public struct RulesEntryType: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "DMN002", name: "rules-entry-type", severity: .error, category: .decision,
        summary: "an input entry of a decision table does not fit the input's type or values",
        doc: """
            Each input of a decision table is numeric (declared count, number, duration, rate or \
            money, or mostly numeric entries) or categorical. Numeric entries are values (`18`, \
            `5分钟`, `500元`), ranges (`5-10分钟`, `[18..65)`), comparisons (`>= 18`) or lists of them; \
            categorical entries are values from the input's declared `enum` or `categories` (any text \
            when none is declared); `-` matches anything and `not(...)` negates. An entry of the wrong \
            kind matches nothing, so its rule never fires as intended. The numeric entries of one \
            input must also measure one thing, the declared type (and the currency a schema's `unit` \
            names) or else what most of them measure: `5张` among durations, `$50` among yuan prices, \
            or `> 10` without a unit among durations (its number would be read as seconds) compare \
            wrong. Overlap and gap checks skip tables with such entries.
            """,
        badExample: "<!-- sitegen:table {kind: rules, hit-policy: U} -->\n| 年龄 | 结果 |\n|---|---|\n| <18 | 拒绝 |\n| 成年 | 通过 |\n| >=18 | 通过 |\n",
        goodExample: "<!-- sitegen:table {kind: rules, hit-policy: U} -->\n| 年龄 | 结果 |\n|---|---|\n| <18 | 拒绝 |\n| >=18 | 通过 |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.decisionModels.flatMap { model in
            model.entryProblems.map { entry in
                descriptor.diagnostic(file: context.file, range: context.page.contentRange(of: entry.cell),
                                      message: entry.problem.message, hint: entry.problem.hint)
            }
        }
    }
}
