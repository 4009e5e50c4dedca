/// A `sitegen-disable…` comment with no finding left to silence.
///
/// Found by the ``Checker`` after every other rule ran (it needs their
/// findings), so ``check(_:)`` finds nothing by itself.
public struct SuppressionUnused: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "MD004", name: "suppression-unused", severity: .warning, category: .structure,
        summary: "a sitegen-disable comment has no finding left to silence",
        doc: """
            A suppression that silences nothing is left over: the problem it silenced was fixed, or \
            the comment sits on the wrong line. It then waits to hide the next real problem of \
            that rule in its place, unseen. Remove it. Only rules that are on count: a suppression \
            of a rule switched off in sitegen.yml is not reported, nor one that names a rule that \
            does not exist (`suppression-invalid` reports that). `--fix --fix-suggestions` removes \
            the comment, and the `sitegen-enable` that ends its region.
            """,
        badExample: "<!-- sitegen-disable-next-line table-blank-row -->\n| Plan | Price |\n|---|---|\n| A | 1 |\n",
        goodExample: "| Plan | Price |\n|---|---|\n| A | 1 |\n",
        fixes: .suggestion
    )
}
