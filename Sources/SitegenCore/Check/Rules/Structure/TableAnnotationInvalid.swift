/// A `sitegen:table` annotation that cannot be read or is not followed by a table.
public struct TableAnnotationInvalid: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TBL020", name: "table-annotation-invalid", severity: .error, category: .structure,
        summary: "a table annotation cannot be read, names a missing schema or option, or is not followed by a table",
        doc: """
            A table's meaning is declared by an HTML comment right before it: \
            `<!-- sitegen:table {id: plans, kind: matrix} -->`. The comment holds YAML; its keys are id, \
            kind (plain, matrix, requirements, rules), caption, schema, options (columns or rows), \
            option-label, hit-policy, inputs, key and constraints. An annotation that cannot be read, or \
            that is separated from its table by other content, would leave the table unchecked. A \
            matrix's constraints are checked against the matrix: an `excludes` must name its options, \
            a `requires` test one of its criteria, with a value of the criterion's kind (`'<= 1 hour'` \
            for durations, `'<= 500元'` for prices in yuan, `yes` for yes/no), or the constraint would \
            silently rule out nothing, or everything.
            """,
        badExample: "<!-- sitegen:table {id: plans, kind: matrx} -->\n| Plan | Price |\n|---|---|\n| A | 1 |\n",
        goodExample: "<!-- sitegen:table {id: plans, kind: matrix} -->\n| Plan | A |\n|---|---|\n| Price | 1 |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        descriptor.diagnostics(for: .annotationInvalid, in: context.page)
            + context.page.tables.flatMap { constraintProblems($0, page: context.page) }
    }
}
