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
                                               templatesDisplay: context.paths.display(templates),
                                               languageFolders: context.config.languages.map(\.tag))
        if context.discovered.pages.isEmpty, context.discovered.problems.isEmpty {
            context.diagnostics.append(emptyContent(display, assets: context.discovered.assets))
            throw BuildStop.couldNotRun
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
