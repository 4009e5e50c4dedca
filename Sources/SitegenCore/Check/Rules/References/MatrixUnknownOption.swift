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
            case, spaces and full-width forms. A matrix none of whose options is defined (and none \
            close to a defined one) is a comparison standing on its own: one warning for the matrix \
            instead of an error for each option.
            """,
        badExample: "<!-- sitegen:table {kind: matrix} -->\n| 维度 | 注销帐户 |\n|---|---|\n| 耗时 | 60天 |\n\n## 注销账户\n",
        goodExample: "<!-- sitegen:table {kind: matrix} -->\n| 维度 | 注销账户 |\n|---|---|\n| 耗时 | 60天 |\n\n## 注销账户\n"
    )

    /// Its site part reads matrices' options, option pages and heading texts.
    public var siteReads: PageParts { [.headings, .tables] }
    public var readsIndex: SiteIndex.Parts { .options }

    public func checkSite(_ index: SiteIndex) -> [Diagnostic] {
        let mentions = index.matrixOptions
        var known: [String]?
        var found: [Diagnostic] = []
        var start = 0
        // Mentions come table by table: one run of them is one matrix's options.
        while start < mentions.count {
            var end = start + 1
            while end < mentions.count, mentions[end].page == mentions[start].page,
                  mentions[end].tableID == mentions[start].tableID { end += 1 }
            var undefined: [(mention: SiteIndex.OptionMention, suggestion: String?)] = []
            for mention in mentions[start..<end] {
                let key = mention.key
                guard !key.isEmpty, index.optionPages[key] == nil, !index.hasHeading(key: key) else { continue }
                if known == nil { known = index.site.pages.flatMap(\.frontMatter.options) }
                undefined.append((mention, Suggestion.hint(for: mention.name, in: known ?? [])))
            }
            if undefined.count == end - start, undefined.count >= 2, undefined.allSatisfy({ $0.suggestion == nil }) {
                found.append(standalone(undefined.map(\.mention), in: index))
            } else {
                found += undefined.map { mention, suggestion in
                    descriptor.diagnostic(
                        file: index.site.pages[mention.page].file, range: mention.range,
                        message: "option '\(mention.name)' of matrix '\(mention.tableID)' has no page or section that defines it",
                        hint: suggestion
                            ?? "add 'option: \(mention.name)' to the front matter of its page, or a heading '\(mention.name)'")
                }
            }
            start = end
        }
        return found
    }

    /// A matrix none of whose options is defined anywhere (nor close to a defined one): a comparison
    /// on its own, not one drifting from its pages. One warning at its first option, not an error
    /// for each.
    func standalone(_ options: [SiteIndex.OptionMention], in index: SiteIndex) -> Diagnostic {
        let first = options[0]
        let names = options.prefix(4).map { "'\($0.name)'" }.joined(separator: ", ") + (options.count > 4 ? ", …" : "")
        var diagnostic = descriptor.diagnostic(
            file: index.site.pages[first.page].file, range: first.range,
            message: "no option of matrix '\(first.tableID)' has a page or section that defines it (\(names))",
            hint: "readers cannot follow an option to its details: add 'option: \(first.name)' to the front matter of "
                + "its page, or a heading '\(first.name)'; for a comparison that stands alone, set "
                + "'matrix-unknown-option: off' under 'rules:' in sitegen.yml")
        diagnostic.severity = .warning
        return diagnostic
    }
}
