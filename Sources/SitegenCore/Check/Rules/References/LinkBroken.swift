/// An internal link to a page or file that does not exist.
public struct LinkBroken: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "REF003", name: "link-broken", severity: .error, category: .references,
        summary: "an internal link or image points at a page or file that does not exist",
        doc: """
            Links between pages are written the way editors and GitHub understand them: to the \
            Markdown file (`../methods/cancel.md`), to a folder with an `_index.md`, or to a file \
            next to the page, and sitegen rewrites them to the built URLs. A link whose target is \
            not in the content folder would be a 404 on the published site. External links \
            (`https:`, `mailto:`) are not checked.
            """,
        badExample: "See [the steps](steps.md).\n",
        goodExample: "See [the steps](page.md).\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let paths = Set(context.site.pages.map(\.contentPath))
        return context.page.links.compactMap { link -> Diagnostic? in
            guard case .missing(let path, _) = link.target else { return nil }
            let candidates = paths.sorted() + context.site.assets
            let suggestion = Suggestion.closest(to: path, in: candidates).map { "did you mean '\($0)'?" }
            return descriptor.diagnostic(
                file: context.file, range: link.range,
                message: "\(link.isImage ? "image" : "link") target '\(link.destination)' does not exist",
                hint: suggestion ?? "link to a Markdown file of the content folder, relative to this page (e.g. ../methods/cancel.md)")
        }
    }
}
