/// A front matter key sitegen does not know (often a typo).
public struct FrontMatterUnknownKey: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "FM002", name: "front-matter-unknown-key", severity: .warning, category: .content,
        summary: "front matter has a key sitegen does not know",
        doc: """
            Unknown keys are usually typos (`titel`, `wieght`) whose value is then silently ignored. \
            The known keys are title, description, slug, weight, draft, lang, tags, date, updated, \
            template, toc, nav-title, option(s), search, translation-key and extra; values for your own templates \
            belong under `extra:`.
            """,
        badExample: "---\ntitle: Guide\nwieght: 2\n---\n\nText.\n",
        goodExample: "---\ntitle: Guide\nweight: 2\n---\n\nText.\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        descriptor.diagnostics(for: .frontMatterUnknownKey, in: context.page)
    }
}
