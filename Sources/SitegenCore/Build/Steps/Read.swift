extension BuildStep {
    /// Reads every page (decoding and front matter), adds section pages for
    /// folders without one, and loads the table schemas.
    public static let read = BuildStep("read") { context in
        let display = context.paths.display(context.paths.content)
        let root = context.paths.content
        let fileIO = context.fileIO
        let results = Parallel.map(context.discovered.pages.count, workers: context.options.workers) { index in
            let contentPath = context.discovered.pages[index]
            return readPage(contentPath: contentPath, path: root + "/" + contentPath, display: display, fileIO: fileIO)
        }
        assemble(results, into: context)
    }

    /// Keeps the readable pages (drafts only when asked), adds the missing
    /// section pages and loads the schemas; unreadable pages become diagnostics.
    static func assemble(_ results: [Result<PageSource, Diagnostic>], into context: BuildContext) {
        var sources: [PageSource] = []
        for result in results {
            switch result {
            case .success(let source):
                if source.frontMatter.draft, !context.config.includeDrafts { continue }
                sources.append(source)
            case .failure(let diagnostic):
                context.diagnostics.append(diagnostic)
            }
        }
        let display = context.paths.display(context.paths.content)
        context.sources = addMissingSections(to: sources, display: display)
        context.diagnostics += assetsAtPages(context.discovered.assets, sources: context.sources,
                                             written: Set(context.discovered.pages), display: display)
        loadSchemas(context)
    }

    static func readPage(contentPath: String, path: String, display: String, fileIO: FileIO) -> Result<PageSource, Diagnostic> {
        let file = "\(display)/\(contentPath)"
        let bytes: [UInt8]
        do {
            bytes = try fileIO.read(path)
        } catch {
            return .failure(BuiltinProblem.fileUnreadable.diagnostic(
                file: file, range: nil, message: "cannot read the file: \(error)",
                hint: "check the file's permissions (it must be readable by the user running sitegen)"))
        }
        return decodePage(bytes, contentPath: contentPath, display: display)
    }

    /// A page's bytes decoded and split into front matter and body.
    static func decodePage(_ bytes: [UInt8], contentPath: String, display: String) -> Result<PageSource, Diagnostic> {
        let file = "\(display)/\(contentPath)"
        switch SourceDecoder.decode(bytes) {
        case .failure(let failure):
            return .failure(BuiltinProblem.fileEncoding.diagnostic(
                file: file, range: SourceRange(start: failure.position, end: failure.position),
                message: failure.message, hint: failure.hint))
        case .success(let text):
            if let excess = TablePadding.excess(in: text) {
                let start = SourcePosition(line: max(1, excess.line - 1), column: 1)
                return .failure(BuiltinProblem.tableTooLarge.diagnostic(
                    file: file, range: SourceRange(start: start, end: start),
                    message: "this table has up to \(excess.columns) columns, and the lines after it would be padded "
                        + "with more than \(TablePadding.limit) empty cells (cmark-gfm fills every short row up to the header)",
                    hint: "end the table with a blank line after its last row, or give its rows all their cells"))
            }
            return .success(PageSource(contentPath: contentPath, text: text, displayRoot: display))
        }
    }

    /// Every folder holding pages gets a section page, generated when the
    /// folder has no `_index.md`, so navigation and breadcrumbs always work.
    static func addMissingSections(to sources: [PageSource], display: String) -> [PageSource] {
        var folders: Set<String> = []
        var haveIndex: Set<String> = []
        for source in sources {
            if source.kind != .page { haveIndex.insert(source.section) }
            var folder = source.section
            while !folder.isEmpty {
                folders.insert(folder)
                folder = SiteNavigation.parentFolder(folder)
            }
        }
        var result = sources
        for folder in folders.subtracting(haveIndex).sorted() {
            let name = folder.split(separator: "/").last.map(String.init) ?? folder
            let title = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
            var source = PageSource(contentPath: folder + "/_index.md", text: "", displayRoot: display)
            source.frontMatter.title = title.prefix(1).uppercased() + title.dropFirst()
            result.append(source)
        }
        return result.sorted { $0.contentPath < $1.contentPath }
    }

    static func loadSchemas(_ context: BuildContext) {
        let folder = context.paths.schemas
        guard context.fileIO.kind(folder) == .directory, let names = try? context.fileIO.list(folder) else { return }
        for name in names where name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
            let path = folder + "/" + name
            let file = context.paths.display(path)
            guard let text = try? context.fileIO.readText(path) else {
                context.diagnostics.append(BuiltinProblem.fileUnreadable.diagnostic(
                    file: file, range: nil, message: "cannot read the schema", hint: "check the file's permissions"))
                continue
            }
            let schemaName = String(name.prefix(while: { $0 != "." }))
            let (schema, problems) = SchemaLoader.load(text: text, name: schemaName, file: file,
                                                     numbers: NumberConvention(language: context.config.language))
            context.diagnostics += problems
            if let schema { context.schemas[schemaName] = schema }
        }
    }
}
