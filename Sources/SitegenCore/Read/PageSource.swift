/// A page after reading: decoded text and typed front matter, before the
/// Markdown is parsed. Routes are assigned to these so links can be resolved
/// while parsing.
public struct PageSource: Sendable {
    public var file: String
    public var contentPath: String
    public var kind: Page.Kind
    public var section: String
    public var frontMatter: FrontMatter
    /// The file as written.
    public var text: SourceText
    /// The file with the front matter lines blanked, for the Markdown parser.
    public var body: SourceText
    public var issues: [ReadIssue]
    public var route: Route

    /// Reads decoded text. `displayRoot` is the content folder as shown in diagnostics.
    public init(contentPath: String, text: String, displayRoot: String) {
        self.contentPath = contentPath
        self.file = displayRoot.isEmpty ? contentPath : "\(displayRoot)/\(contentPath)"
        let source = SourceText(text)
        let parsed = FrontMatterParser.parse(source)
        self.text = source
        self.body = parsed.body
        self.frontMatter = parsed.frontMatter
        self.issues = parsed.issues
        let parts = contentPath.split(separator: "/").map(String.init)
        let name = parts.last ?? contentPath
        let folder = parts.dropLast().joined(separator: "/")
        let isIndex = ["_index.md", "index.md", "_index.markdown", "index.markdown"].contains(name.lowercased())
        self.section = folder
        self.kind = isIndex ? (folder.isEmpty ? .home : .section) : .page
        self.route = Route(outputPath: "index.html")
        self.route = Route(outputPath: Self.outputPath(folder: folder, name: name, isIndex: isIndex,
                                                       slug: validatedSlug()))
    }

    /// The front matter slug when it is one safe URL segment; records an issue otherwise.
    private mutating func validatedSlug() -> String? {
        guard let slug = frontMatter.slug else { return nil }
        let unsafe = slug.isEmpty || slug == "." || slug == ".." || slug.contains("/") || slug.contains("\\")
            || slug.hasPrefix(".") || slug.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        guard !unsafe else {
            let position = frontMatter.keyPositions["slug"]
            issues.append(ReadIssue(
                kind: .frontMatterInvalid, range: position.map { SourceRange(start: $0, end: $0) },
                message: "slug '\(slug)' is not a single URL segment",
                hint: "use letters, digits and '-' only, e.g. 'slug: cancel-account'; it cannot contain '/' or '..'"))
            return nil
        }
        return slug
    }

    static func outputPath(folder: String, name: String, isIndex: Bool, slug: String?) -> String {
        let prefix = folder.isEmpty ? "" : folder + "/"
        if isIndex { return prefix + "index.html" }
        let stem = name.split(separator: ".").dropLast().joined(separator: ".")
        return prefix + (slug ?? stem) + "/index.html"
    }

    /// The title: front matter, else the first level-1 heading, else the file name.
    func title(headings: [MarkdownHeading]) -> String {
        if let title = frontMatter.title, !title.isEmpty { return title }
        if let first = headings.first(where: { $0.level == 1 }) { return first.text }
        let name = contentPath.split(separator: "/").last.map(String.init) ?? contentPath
        return name.split(separator: ".").dropLast().joined(separator: ".")
    }
}
