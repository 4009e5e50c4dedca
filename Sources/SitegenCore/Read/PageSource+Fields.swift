extension PageSource {
    /// A source's fields, as one value.
    struct Fields: Sendable {
        var file: String
        var contentPath: String
        var kind: Page.Kind
        var section: String
        var frontMatter: FrontMatter
        /// The file as written.
        var text: SourceText
        /// The lines of the front matter (blanked in ``PageSource/body``, made only when parsed:
        /// kept, every page's text would be held twice until the last page is parsed).
        var frontMatterLines: Int
        var issues: [ReadIssue]
        var route: Route

        /// Reads decoded text. `displayRoot` is the content folder as shown in diagnostics.
        init(contentPath: String, text: String, displayRoot: String) {
            self.contentPath = contentPath
            self.file = displayRoot.isEmpty ? contentPath : "\(displayRoot)/\(contentPath)"
            let source = SourceText(text)
            let parsed = FrontMatterParser.parse(source)
            self.text = source
            self.frontMatterLines = parsed.frontMatterLines
            self.frontMatter = parsed.frontMatter
            self.issues = parsed.issues
            let parts = contentPath.split(byte: UInt8(ascii: "/")).map(String.init)
            let name = parts.last ?? contentPath
            let folder = parts.dropLast().joined(separator: "/")
            let isIndex = ["_index.md", "index.md", "_index.markdown", "index.markdown"].contains(name.lowercased())
            self.section = folder
            self.kind = isIndex ? (folder.isEmpty ? .home : .section) : .page
            self.route = Route(outputPath: "index.html")
            self.route = Route(outputPath: PageSource.outputPath(folder: folder, name: name, isIndex: isIndex,
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
    }
}
