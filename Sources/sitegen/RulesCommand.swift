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

    @Option(name: .long, help: "Write the rule reference as pages (an index and one page per rule) into DIR, e.g. docs/Content/rules.")
    var docs: String?

    func run() throws {
        if let docs {
            let fileIO = FileIO.disk
            for (name, page) in RuleCatalog.pages().sorted(by: { $0.key < $1.key }) {
                try fileIO.write(docs + "/" + name, Array(page.utf8))
            }
            for name in (try? fileIO.list(docs)) ?? [] where name.hasSuffix(".md") && RuleCatalog.pages()[name] == nil {
                try fileIO.remove(docs + "/" + name)  // a rule that no longer exists
            }
            Terminal.error("wrote \(RuleCatalog.pages().count) pages to \(docs)\n")
            return
        }
        guard let rule else {
            Terminal.out(RuleCatalog.list() + "\n" + RuleCatalog.listBuiltins())
            return
        }
        if let problem = BuiltinProblem.named(rule), RuleRegistry.rule(named: rule) == nil {
            Terminal.out(RuleCatalog.explain(problem))
            return
        }
        guard let found = RuleRegistry.rule(named: rule) else {
            let names = RuleRegistry.all.map(\.descriptor.name) + BuiltinProblem.all.map(\.name)
            let suggestion = Suggestion.hint(for: rule, in: names).map { " (\($0))" } ?? ""
            Terminal.error("sitegen: no rule named '\(rule)'\(suggestion); run 'sitegen rules' for the list\n")
            throw ExitCode(2)
        }
        Terminal.out(RuleCatalog.explain(found.descriptor))
    }
}
