/// A `sitegen-disable…` comment that silences nothing.
public struct SuppressionInvalid: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "MD003", name: "suppression-invalid", severity: .warning, category: .structure,
        summary: "a sitegen-disable comment silences nothing: misspelt directive or unknown rule",
        doc: """
            A suppression comment names a directive (`sitegen-disable-next-line`, `sitegen-disable` … \
            `sitegen-enable`, `sitegen-disable-file`) and the rules it silences, by name or id, then \
            optionally ` -- ` and the reason (not read as rules). A \
            misspelt directive or rule name silences nothing, and an unknown name may be a rule that \
            was renamed: the finding it was meant to silence comes back, or the comment stays as \
            clutter. Built-in problems (configuration, files, templates) cannot be silenced. A \
            `sitegen-enable` that ends no open region is reported too. `--fix --fix-suggestions` \
            replaces a misspelt directive or rule by the closest one.
            """,
        badExample: "<!-- sitegen-disable-next-line table-blank-rows -->\n| Plan | Price |\n|---|---|\n|  |  |\n",
        goodExample: "<!-- sitegen-disable-next-line table-blank-row -->\n| Plan | Price |\n|---|---|\n|  |  |\n",
        fixes: .suggestion
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        descriptor.diagnostics(for: .suppressionInvalid, in: context.page)
    }
}
