extension BuildStep {
    /// Lists the Markdown pages and other files of the content folder.
    public static let discover = BuildStep("discover") { context in
        try discoverContent(context) {
            ContentDiscovery.discover(root: $0.paths.content, displayRoot: $0.paths.display($0.paths.content),
                                      fileIO: $0.fileIO)
        }
    }

    /// The discover step with the listing itself supplied (an incremental
    /// build reuses the last one while no folder changed).
    static func discoverContent(_ context: BuildContext, list: (BuildContext) -> ContentDiscovery.Result) throws {
        let display = context.paths.display(context.paths.content)
        guard context.fileIO.kind(context.paths.content) != nil else {
            context.diagnostics.append(BuiltinProblem.fileUnreadable.diagnostic(
                file: display, range: nil, message: "content folder '\(display)' does not exist",
                hint: "create it, or set 'content' in sitegen.yml or --content"))
            throw BuildStop.couldNotRun
        }
        if let resolved = context.fileIO.resolve(context.paths.content), context.fileIO.kind(resolved) != .directory {
            context.diagnostics.append(BuiltinProblem.fileUnreadable.diagnostic(
                file: display, range: nil, message: "content folder '\(display)' is a file, not a folder",
                hint: "point 'content' in sitegen.yml (or --content) at the folder holding your Markdown pages"))
            throw BuildStop.couldNotRun
        }
        context.discovered = list(context)
        context.diagnostics += context.discovered.problems
        let templates = context.paths.templates
        let themeAssets = Set(listFiles(templates + "/assets", fileIO: context.fileIO, prefix: "assets/"))
        context.diagnostics += reservedOutputs(context.discovered.assets, display: display,
                                               hasBaseURL: context.config.baseURL != nil, themeAssets: themeAssets,
                                               templatesDisplay: context.paths.display(templates))
        if context.discovered.pages.isEmpty, context.discovered.problems.isEmpty {
            context.diagnostics.append(emptyContent(display, assets: context.discovered.assets))
            throw BuildStop.couldNotRun
        }
    }

    /// Content files that would be copied where sitegen writes a file of its own. `themeAssets`:
    /// the files of the templates folder's `assets/`, which the build writes as the theme's.
    static func reservedOutputs(
        _ assets: [String], display: String, hasBaseURL: Bool, themeAssets: Set<String> = [],
        templatesDisplay: String = "Templates"
    ) -> [Diagnostic] {
        assets.compactMap { asset in
            guard let owner = GeneratedFiles.owner(of: asset, hasBaseURL: hasBaseURL, themeAssets: themeAssets) else {
                return nil
            }
            let hint = if themeAssets.contains(asset) {
                "the templates folder has its own '\(templatesDisplay)/\(asset)': rename or move one of the two "
                    + "(files in \(templatesDisplay)/assets/ are the theme's, content files are copied as they are)"
            } else if DefaultTheme.assets[asset] != nil {
                "to replace the theme's file, put yours in the templates folder (\(templatesDisplay)/\(asset)); "
                    + "otherwise rename or move it"
            } else {
                "rename or move the file"
            }
            return BuiltinProblem.outputReserved.diagnostic(
                file: "\(display)/\(asset)", range: nil,
                message: "this file would be copied to '\(asset)', where sitegen writes \(owner)", hint: hint)
        }
    }

    /// Content files at the address of a page: `docs/index.html` beside
    /// `docs/_index.md`, or in a folder of pages without one (its section
    /// page is made). Said before anything is written.
    static func assetsAtPages(_ assets: [String], sources: [PageSource], written: Set<String>, display: String)
        -> [Diagnostic]
    {
        guard !assets.isEmpty else { return [] }
        let pages = Dictionary(sources.map { ($0.route.outputPath, $0) }, uniquingKeysWith: { a, _ in a })
        return assets.compactMap { asset in
            guard let page = pages[asset] else { return nil }
            let made = !written.contains(page.contentPath)
            let owner = made ? "the section page it makes for the folder '\(page.section)' (which has no _index.md)"
                : "the page \(page.file)"
            return BuiltinProblem.outputReserved.diagnostic(
                file: "\(display)/\(asset)", range: nil,
                message: "this file would be copied to '\(asset)', where sitegen writes \(owner)",
                hint: made ? "rename or move the file: the folder's address is its section page's "
                    + "(write \(display)/\(page.contentPath) to give that page text of your own)"
                    : "rename or move the file, or the page")
        }
    }

    /// A content folder without a page: a site of nothing (no home page), most likely the wrong
    /// folder or pages saved as `.txt`; said before anything is written.
    private static func emptyContent(_ display: String, assets: [String]) -> Diagnostic {
        let others = assets.isEmpty ? "it is empty"
            : "it holds \(assets.count) other file\(assets.count == 1 ? "" : "s"), such as '\(assets[0])'"
        return BuiltinProblem.contentEmpty.diagnostic(
            file: display, range: nil, message: "content folder '\(display)' has no Markdown page (\(others))",
            hint: "pages are files ending in .md: add one (`sitegen init` makes a starter site), "
                + "or point 'content' in sitegen.yml (or --content) at the folder holding your pages")
    }
}
