import ArgumentParser
import SitegenCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the site's tables, links and front matter without writing anything."
    )

    @OptionGroup var site: SiteOptions

    func run() throws {
        let options = site.buildOptions(mode: .check)
        let report = Pipeline(options: options).run()
        let formatter = Terminal.formatter(for: report, root: report.root)
        for diagnostic in report.diagnostics { Terminal.error(formatter.format(diagnostic)) }
        Terminal.error(formatter.summary(files: report.pages, tables: report.tables, errors: report.errorCount,
                                         warnings: report.warningCount, milliseconds: report.totalMilliseconds) + "\n")
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
