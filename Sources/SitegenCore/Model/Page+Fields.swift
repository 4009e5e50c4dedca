extension Page {
    /// The page's fields, as one value.
    struct Fields: Sendable, Hashable {
        var file: String
        var contentPath: String
        var kind: Kind
        var section: String
        var frontMatter: FrontMatter
        var route: Route
        var title: String
        var lang: String
        var source: SourceText
        var document: MarkdownDocument
        var headings: [Heading]
        var tables: [DecisionTable]
        var links: [Link]
        var suppressions: [Suppression]
        var issues: [ReadIssue]
    }
}
