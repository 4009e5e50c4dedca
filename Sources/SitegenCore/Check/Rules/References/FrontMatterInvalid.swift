/// Front matter that is not YAML, not a mapping, or has a value of the wrong type.
public struct FrontMatterInvalid: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "FM001", name: "front-matter-invalid", severity: .error, category: .content,
        summary: "front matter is not valid YAML, not a mapping, or a value has the wrong type",
        doc: """
            The block between the two `---` lines at the top of a page must be a YAML mapping: one \
            `key: value` per line, with `title` and `description` as text, `weight` a whole number, \
            `draft` and `toc` true or false, `tags` a list, and `slug` a single URL segment. A page \
            whose front matter cannot be read would lose its title and place in navigation, so the \
            build stops and points at the offending line.
            """,
        badExample: "---\ntitle: Guide\nweight: first\n---\n\nText.\n",
        goodExample: "---\ntitle: Guide\nweight: 1\n---\n\nText.\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        descriptor.diagnostics(for: .frontMatterInvalid, in: context.page)
    }
}
