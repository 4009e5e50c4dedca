/// An option page that no matrix mentions.
public struct OptionOrphan: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "REF002", name: "option-orphan", severity: .warning, category: .references,
        summary: "a page defines an option that no matrix compares",
        doc: """
            A page that declares `option: X` in its front matter is one of the alternatives a \
            decision site compares; if no matrix has a row or column for X, readers comparing the \
            options never see it (often the matrix was renamed, or the option was dropped from it). \
            Add the option to a matrix, fix the name, or remove the `option` key.
            """,
        badExample: "---\noption: 注销账户\n---\n\n<!-- sitegen:table {kind: matrix} -->\n| 维度 | 解绑银行卡 |\n|---|---|\n| 耗时 | 即时生效 |\n\n## 解绑银行卡\n",
        goodExample: "---\noption: 注销账户\n---\n\n<!-- sitegen:table {kind: matrix} -->\n| 维度 | 注销账户 |\n|---|---|\n| 耗时 | 60天 |\n"
    )

    /// Its site part reads front matter options and matrices' options.
    public var siteReads: PageParts { .tables }
    public var readsIndex: SiteIndex.Parts { .options }

    public func checkSite(_ index: SiteIndex) -> [Diagnostic] {
        var names: Suggestion.Candidates?  // prepared for the first orphan, if any
        return index.site.pages.flatMap { page in
            page.frontMatter.options.filter { !index.isMentioned(key: NameKey.key($0)) }.map { option in
                let position = page.frontMatter.keyPositions["option"] ?? page.frontMatter.keyPositions["options"]
                if names == nil { names = Suggestion.Candidates(Set(index.matrixOptions.map { TextKey($0.name) }).map(\.text).sorted()) }
                return descriptor.diagnostic(
                    file: page.file, range: position.map { SourceRange(start: $0, end: $0) },
                    message: "option '\(option)' is not compared in any matrix",
                    hint: names?.hint(for: option)
                        ?? "add '\(option)' to a matrix table, or remove the option key")
            }
        }
    }
}
