extension BuildStep {
    /// Loads the built-in theme with the site's template overrides and checks
    /// that every template parses, every partial exists and every layout a
    /// page asks for is there.
    public static let loadTemplates = BuildStep("load templates") { context in
        let folder = context.paths.templates
        if let resolved = context.fileIO.resolve(folder), context.fileIO.kind(resolved) != .directory {
            let display = context.paths.display(folder)
            context.diagnostics.append(BuiltinProblem.fileUnreadable.diagnostic(
                file: display, range: nil, message: "templates folder '\(display)' is a file, not a folder",
                hint: "point 'templates' in sitegen.yml (or --templates) at your templates folder, or remove the "
                    + "file (without a templates folder the built-in theme is used)"))
            throw BuildStop.couldNotRun
        }
        if context.fileIO.kind(folder) == nil,
           context.options.templates != nil || context.config.templatesDir != SiteConfig().templatesDir {
            // Named on purpose (--templates, `templates:`): a missing folder is a mistake, not "no overrides".
            let display = context.paths.display(folder)
            context.diagnostics.append(BuiltinProblem.fileUnreadable.diagnostic(
                file: display, range: nil, message: "templates folder '\(display)' does not exist",
                hint: "create it, or leave out 'templates' (sitegen.yml) and --templates to use the built-in theme"))
            throw BuildStop.couldNotRun
        }
        var overrides: [String: [UInt8]] = [:]
        if context.fileIO.kind(folder) != nil {
            for path in listFiles(folder, fileIO: context.fileIO) {
                do {
                    overrides[path] = try context.fileIO.read(folder + "/" + path)
                } catch {
                    context.diagnostics.append(BuiltinProblem.fileUnreadable.diagnostic(
                        file: context.paths.display(folder + "/" + path), range: nil,
                        message: "cannot read the template: \(error)", hint: "check the file's permissions"))
                }
            }
        }
        let (theme, problems) = Theme.load(overrides: overrides, displayRoot: context.paths.display(folder),
                                           configStrings: context.config.strings)
        context.diagnostics += problems
        for page in context.site?.pages ?? [] {
            guard let name = page.frontMatter.template, theme.templateSources[name] == nil else { continue }
            let position = page.frontMatter.keyPositions["template"]
            context.diagnostics.append(BuiltinProblem.templateError.diagnostic(
                file: page.file, range: position.map { SourceRange(start: $0, end: $0) },
                message: "page asks for template '\(name)', which does not exist",
                hint: Suggestion.hint(for: name, in: theme.templateSources.keys.sorted())
                    ?? "create \(name).mustache in the templates folder or remove 'template'"))
        }
        context.theme = theme
        if context.hasErrors { throw BuildStop.contentErrors }
    }

    /// Files under a folder, as relative paths, skipping hidden entries.
    static func listFiles(_ folder: String, fileIO: FileIO, prefix: String = "", depth: Int = 0) -> [String] {
        guard depth < 16, let names = try? fileIO.list(folder) else { return [] }
        var files: [String] = []
        for name in names where !name.hasPrefix(".") {
            let path = folder + "/" + name
            let relative = prefix + name
            switch fileIO.kind(path) {
            case .directory: files += listFiles(path, fileIO: fileIO, prefix: relative + "/", depth: depth + 1)
            case .file: files.append(relative)
            default: continue
            }
        }
        return files
    }
}
