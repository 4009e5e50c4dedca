/// Content files that would be copied where the build writes a file of its
/// own (`output-reserved`): found before anything is written, rather than
/// failing the copy with the system's "file exists".
extension BuildStep {
    /// Content files that would be copied where sitegen writes a file of its own. `themeAssets`:
    /// the files of the templates folder's `assets/`, which the build writes as the theme's.
    static func reservedOutputs(
        _ assets: [String], display: String, hasBaseURL: Bool, themeAssets: Set<String> = [],
        templatesDisplay: String = "Templates", languageFolders: [String] = []
    ) -> [Diagnostic] {
        assets.compactMap { asset in
            guard let owner = GeneratedFiles.owner(of: asset, hasBaseURL: hasBaseURL, themeAssets: themeAssets,
                                                   languageFolders: languageFolders) else {
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
}
