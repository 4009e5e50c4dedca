import ArgumentParser
import SitegenCore

/// Options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "Site root folder (holding sitegen.yml).")
    var root: String = "."

    @Option(name: .long, help: "Configuration file (default: ROOT/sitegen.yml).")
    var config: String?

    @Option(name: .long, help: "Content folder with the Markdown pages (default: Content).")
    var content: String?

    @Option(name: .long, help: "Templates folder overriding the built-in theme (default: Templates).")
    var templates: String?

    @Option(name: .customLong("base-url"), help: "Absolute URL the site is published at (canonical links, sitemap).")
    var baseURL: String?

    @Flag(name: .long, help: "Include pages marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .long, help: "Worker threads (default: number of cores).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be at least 1 (leave it out to use every core)")
        }
    }

    func buildOptions(mode: BuildOptions.Mode) -> BuildOptions {
        var options = BuildOptions()
        options.root = root
        options.configFile = config
        options.content = content
        options.templates = templates
        options.baseURL = baseURL
        options.includeDrafts = drafts ? true : nil
        options.strict = strict
        options.mode = mode
        if let jobs { options.workers = jobs }
        return options
    }
}
