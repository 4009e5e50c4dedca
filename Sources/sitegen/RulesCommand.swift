import ArgumentParser
import SitegenCore

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the check rules, or explain one.",
        discussion: """
            Set a rule's severity in sitegen.yml by name or id (error, warning, info, off):

              rules:
                table-blank-row: off
                TBL008: error

            Silence a rule in a page with <!-- sitegen-disable-next-line NAME -->, \
            <!-- sitegen-disable NAME --> … <!-- sitegen-enable NAME --> or <!-- sitegen-disable-file NAME -->.
            """
    )

    @Argument(help: "A rule name or id (e.g. table-column-count or TBL001).")
    var rule: String?

    @Flag(name: .long, help: "Print the rule reference as a Markdown page (docs/Content/rules/_index.md).")
    var markdown = false

    func run() throws {
        if markdown {
            Terminal.out(RuleCatalog.markdown())
            return
        }
        guard let rule else {
            Terminal.out(RuleCatalog.list())
            return
        }
        guard let found = RuleRegistry.rule(named: rule) else {
            let names = RuleRegistry.all.map(\.descriptor.name)
            let suggestion = Suggestion.closest(to: rule, in: names).map { " (did you mean '\($0)'?)" } ?? ""
            Terminal.error("sitegen: no rule named '\(rule)'\(suggestion); run 'sitegen rules' for the list\n")
            throw ExitCode(2)
        }
        Terminal.out(RuleCatalog.explain(found.descriptor))
    }
}
