import Foundation

extension BuildStep {
    /// Reads `sitegen.yml`, applies command-line overrides and decides the
    /// folders; refuses an output folder that would destroy content.
    public static let loadConfig = BuildStep("load config") { context in
        let options = context.options
        let root = absolute(options.root, base: FileManager.default.currentDirectoryPath)
        context.paths.root = root
        guard context.fileIO.kind(root) != nil else {
            context.diagnostics.append(BuiltinProblem.fileUnreadable.diagnostic(
                file: options.root, range: nil, message: "site folder '\(options.root)' does not exist",
                hint: "point --root at the folder holding sitegen.yml and Content/"))
            throw BuildStop.couldNotRun
        }
        let configPath = options.configFile.map { absolute($0, base: root) } ?? root + "/" + ConfigLoader.fileName
        var text: String?
        if context.fileIO.exists(configPath) {
            do {
                let bytes = try context.fileIO.read(configPath)
                switch SourceDecoder.decode(bytes) {
                case .success(let decoded): text = decoded
                case .failure(let failure):
                    context.diagnostics.append(BuiltinProblem.configInvalid.diagnostic(
                        file: context.paths.display(configPath), range: SourceRange(start: failure.position, end: failure.position),
                        message: "the configuration \(failure.message.dropFirst(4))", hint: failure.hint))
                    throw BuildStop.couldNotRun
                }
            } catch let stop as BuildStop {
                throw stop
            } catch {
                context.diagnostics.append(BuiltinProblem.configInvalid.diagnostic(
                    file: context.paths.display(configPath), range: nil, message: "cannot read the configuration: \(error)",
                    hint: "check the file's permissions"))
                throw BuildStop.couldNotRun
            }
        } else if options.configFile != nil {
            context.diagnostics.append(BuiltinProblem.configInvalid.diagnostic(
                file: context.paths.display(configPath), range: nil, message: "configuration file does not exist",
                hint: "check the --config path"))
            throw BuildStop.couldNotRun
        }
        var (config, problems) = ConfigLoader.load(text: text, file: context.paths.display(configPath))
        if let content = options.content { config.contentDir = content }
        if let templates = options.templates { config.templatesDir = templates }
        if let output = options.output { config.outputDir = output }
        if let baseURL = options.baseURL {
            if let problem = SiteConfig.baseURLProblem(baseURL) {
                problems.append(BuiltinProblem.configInvalid.diagnostic(
                    file: "--base-url", range: nil, message: problem, hint: SiteConfig.baseURLHint))
            }
            config.baseURL = baseURL.isEmpty ? nil : baseURL
        }
        if let drafts = options.includeDrafts { config.includeDrafts = drafts }
        context.config = config
        context.paths.content = absolute(config.contentDir, base: root)
        context.paths.templates = absolute(config.templatesDir, base: root)
        context.paths.output = absolute(config.outputDir, base: root)
        context.paths.schemas = absolute(config.schemasDir, base: root)
        if let problem = OutputGuard.problem(paths: context.paths, fileIO: context.fileIO) {
            problems.append(BuiltinProblem.pathUnsafe.diagnostic(
                file: context.paths.display(configPath), range: nil, message: problem.message, hint: problem.hint))
        }
        context.diagnostics += problems
        if problems.contains(where: { $0.severity == .error }) { throw BuildStop.couldNotRun }
    }

    /// `path` made absolute against `base`, without `.`/`..` segments.
    static func absolute(_ path: String, base: String) -> String {
        let joined = path.hasPrefix("/") ? path : (base.hasSuffix("/") ? base : base + "/") + path
        return "/" + (URLPath.normalize(joined) ?? "")
    }
}

/// Decides whether an output folder is safe to replace.
enum OutputGuard {
    /// What is wrong with the output folder, and how to fix it; nil when it is safe to replace.
    static func problem(paths: SitePaths, fileIO: FileIO) -> (message: String, hint: String)? {
        if let message = refusal(paths: paths, fileIO: fileIO) {
            return (message, "choose a separate output folder such as 'public' (output: public, or --output public)")
        }
        guard fileIO.kind(paths.output) == .symlink else { return nil }
        let target = fileIO.resolve(paths.output).map { "'\($0)'" } ?? "its target"
        return ("the output path '\(paths.output)' is a symbolic link: a build replaces the output folder as a "
                + "whole, so it would replace the link, not write where it points",
                "give the link's target as the output folder (output: or --output \(target)), or remove the link")
    }

    private static func refusal(paths: SitePaths, fileIO: FileIO) -> String? {
        let output = canonical(paths.output, fileIO: fileIO)
        let root = canonical(paths.root, fileIO: fileIO)
        let content = canonical(paths.content, fileIO: fileIO)
        let templates = canonical(paths.templates, fileIO: fileIO)
        func inside(_ path: String, _ folder: String) -> Bool { path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/") }
        if output == "/" { return "refusing to use '/' as the output folder" }
        if inside(root, output) { return "refusing to use '\(paths.output)' as the output folder: it holds the site itself" }
        if inside(output, content) || inside(content, output) {
            return "refusing to use '\(paths.output)' as the output folder: it overlaps the content folder"
        }
        if inside(output, templates) || inside(templates, output) {
            return "refusing to use '\(paths.output)' as the output folder: it overlaps the templates folder"
        }
        if let kind = fileIO.kind(paths.output), kind == .file || kind == .other {
            return "the output path '\(paths.output)' exists and is not a folder"
        }
        return nil
    }

    /// The path with symlinks of its existing part resolved.
    static func canonical(_ path: String, fileIO: FileIO) -> String {
        if let resolved = fileIO.resolve(path) { return resolved }
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != path else { return path }
        return canonical(parent, fileIO: fileIO) + "/" + (path as NSString).lastPathComponent
    }
}
