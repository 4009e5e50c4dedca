import ArgumentParser

@main
struct Sitegen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Build and check decision sites: Markdown guides whose tables stay consistent.",
        discussion: """
            Exit codes: 0 success, 1 the content has errors (nothing was written), 2 sitegen could not \
            run (bad configuration, missing or empty content folder, unsafe output folder), 64 a \
            mistake on the command line.
            """,
        version: SitegenVersion.string,
        subcommands: [BuildCommand.self, CheckCommand.self, FormatCommand.self, InspectCommand.self, LSPCommand.self, RulesCommand.self, InitCommand.self, ServeCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}

enum SitegenVersion {
    static let string = "0.1.0"
}
