/// An option of a matrix that no page or section defines.
public struct MatrixUnknownOption: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "REF001", name: "matrix-unknown-option", severity: .error, category: .references,
        summary: "a matrix names an option that no page or section defines",
        doc: """
            Every option compared in a matrix should be explained somewhere: a page that declares it \
            in its front matter (`option: 注销账户`, or `options: [...]` for several) or a heading \
            with the option's name on some page. An option nobody defines is usually a renamed or \
            misspelt one, and readers cannot follow it to its details. Names are compared ignoring \
            case, spaces and full-width forms.
            """,
        badExample: "<!-- sitegen:table {kind: matrix} -->\n| 维度 | 注销帐户 |\n|---|---|\n| 耗时 | 60天 |\n\n## 注销账户\n",
        goodExample: "<!-- sitegen:table {kind: matrix} -->\n| 维度 | 注销账户 |\n|---|---|\n| 耗时 | 60天 |\n\n## 注销账户\n"
    )

    public func checkSite(_ index: SiteIndex) -> [Diagnostic] {
        var known: [String]?
        return index.matrixOptions.compactMap { mention -> Diagnostic? in
            let key = NameKey.key(mention.name)
            guard !key.isEmpty, index.optionPages[key] == nil, !index.headingKeys.contains(key) else { return nil }
            if known == nil { known = index.site.pages.flatMap(\.frontMatter.options) }
            let suggestion = Suggestion.hint(for: mention.name, in: known ?? [])
            return descriptor.diagnostic(
                file: index.site.pages[mention.page].file, range: mention.range,
                message: "option '\(mention.name)' of matrix '\(mention.tableID)' has no page or section that defines it",
                hint: suggestion
                    ?? "add 'option: \(mention.name)' to the front matter of its page, or a heading '\(mention.name)'")
        }
    }
}
