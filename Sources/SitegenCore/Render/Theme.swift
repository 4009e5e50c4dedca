import Mustache

/// Templates, assets and interface strings in force for a build: the
/// built-in theme with the site's `Templates/` files laid over it.
public struct Theme: Sendable {
    /// The parsed templates (each thread renders with a copy of its own: ``TemplateLibraries``).
    public let library: MustacheLibrary
    let libraries: TemplateLibraries
    /// Template sources by name (file stem), for validation and hashing.
    public var templateSources: [String: TemplateSource]
    /// Files copied to the output, by output path (`assets/sitegen.css`).
    public let assets: [String: [UInt8]]
    /// Their URLs with versions, for the templates' `{{#asset}}` lambda.
    let assetURLs: AssetURLs
    public var strings: LocalizedStrings

    public struct TemplateSource: Sendable, Hashable {
        /// Where it came from, as diagnostics show it (`Templates/partials/toc.mustache` or `(built-in) …`).
        public var file: String
        public var text: String
    }

    /// The names a site's templates can be rendered with.
    public static let layouts = ["page", "section", "home", "not-found"]
}

extension Theme {
    init(library: MustacheLibrary, templateSources: [String: TemplateSource], assets: [String: [UInt8]],
         strings: LocalizedStrings) {
        self.library = library
        libraries = TemplateLibraries(first: library, sources: templateSources)
        self.templateSources = templateSources
        self.assets = assets
        assetURLs = AssetURLs(assets: assets)
        self.strings = strings
    }

    /// Renders a template with swift-mustache.
    public func render(_ values: Any, withTemplate name: String) -> String? {
        libraries.forThisThread.render(values, withTemplate: name)
    }

    /// `render(_:withTemplate:)` as the UTF-8 bytes of a file.
    public func renderBytes(_ values: Any, withTemplate name: String) -> [UInt8]? {
        libraries.forThisThread.renderBytes(values, withTemplate: name)
    }

    /// Loads the theme. `overrides` maps override paths (relative to the
    /// templates folder) to file contents; `displayRoot` names that folder.
    public static func load(
        overrides: [String: [UInt8]], displayRoot: String, configStrings: [String: [String: String]]
    ) -> (Theme, [Diagnostic]) {
        var problems: [Diagnostic] = []
        var sources: [String: TemplateSource] = [:]
        for (path, bytes) in DefaultTheme.templates {
            sources[stem(path)] = TemplateSource(file: "(built-in) \(path)", text: String(decoding: bytes, as: UTF8.self))
        }
        var overridden: [String: String] = [:]
        var assets: [String: [UInt8]] = DefaultTheme.assets
        var stringFiles: [(String, String, [UInt8])] = []
        for (path, bytes) in overrides.sorted(by: { $0.key < $1.key }) {
            let file = "\(displayRoot)/\(path)"
            if path.hasSuffix(".mustache") {
                let name = stem(path)
                if let other = overridden[name] {
                    problems.append(BuiltinProblem.templateError.diagnostic(
                        file: file, range: nil, message: "template name '\(name)' is defined twice (also \(other))",
                        hint: "templates are named by file name; rename or remove one of them"))
                }
                overridden[name] = file
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    problems.append(BuiltinProblem.fileEncoding.diagnostic(
                        file: file, range: nil, message: "template is not valid UTF-8", hint: "save it as UTF-8"))
                    continue
                }
                sources[name] = TemplateSource(file: file, text: text)
            } else if path.hasPrefix("assets/") {
                assets[path] = bytes
            } else if path.hasPrefix("strings/"), path.hasSuffix(".yml") {
                stringFiles.append((path, file, bytes))
            }
        }
        let library = TemplateLibraries.library(TemplateLibraries.ordered(sources)) { name, error in
            let file = sources[name]?.file ?? name
            if let error = error as? MustacheTemplate.ParserError {
                problems.append(BuiltinProblem.templateError.diagnostic(
                    file: file,
                    range: SourceRange(line: error.context.lineNumber, column: error.context.columnNumber),
                    message: "template syntax error: \(describe(error.error))",
                    hint: "check that every {{#section}} is closed by a matching {{/section}} and every tag by }}"))
            } else {
                problems.append(BuiltinProblem.templateError.diagnostic(
                    file: file, range: nil, message: "template error: \(error)", hint: nil))
            }
        }
        problems += missingPartials(sources) + partialCycles(sources)
        var strings = LocalizedStrings()
        for (path, bytes) in DefaultTheme.strings { strings.setBuiltIn(language: stem(path), yaml: bytes) }
        for (path, file, bytes) in stringFiles {
            let language = stem(path)
            switch YAMLReader.read(String(decoding: bytes, as: UTF8.self)) {
            case .failure(let failure):
                problems.append(BuiltinProblem.templateError.diagnostic(
                    file: file, range: SourceRange(start: failure.position, end: failure.position),
                    message: "strings file is not valid YAML: \(failure.message)", hint: "write one 'key: text' per line"))
            case .success(let value):
                for entry in value.entries ?? [] {
                    if let text = entry.value.string { strings.set(language: language, key: entry.key, text: text) }
                }
            }
        }
        for (language, table) in configStrings {
            for (key, text) in table { strings.set(language: language, key: key, text: text) }
        }
        let theme = Theme(library: library, templateSources: sources, assets: assets, strings: strings)
        problems += unknownAssets(sources, assets: theme.assetURLs, displayRoot: displayRoot)
        return (theme, problems)
    }

    static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }

    /// `{{>name}}` and `{{<name}}` tags naming no template.
    static func missingPartials(_ sources: [String: TemplateSource]) -> [Diagnostic] {
        sources.sorted(by: { $0.key < $1.key }).flatMap { _, source in
            tags(in: source.text).filter { tag in
                (tag.sigil == ">" || tag.sigil == "<") && !tag.name.isEmpty && !tag.name.hasPrefix("*") && sources[tag.name] == nil
            }.map { tag in
                BuiltinProblem.templateError.diagnostic(
                    file: source.file, range: SourceRange(line: tag.line, column: tag.column),
                    message: "template refers to partial '\(tag.name)', which does not exist",
                    hint: Suggestion.hint(for: tag.name, in: sources.keys.sorted())
                        ?? "create \(tag.name).mustache in the templates folder")
            }
        }
    }

    static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with the wrong name"
        case .unfinishedName: return "a tag is not finished (missing '}}')"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        default: return "\(error)"
        }
    }
}
