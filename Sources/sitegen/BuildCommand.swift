import ArgumentParser
import SitegenCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the site and, when it has no errors, render it into the output folder."
    )

    @OptionGroup var site: SiteOptions

    // Not in SiteOptions: `check --output` names the report file.
    @Option(name: .long, help: "Output folder (default: public).")
    var output: String?

    @Flag(name: .shortAndLong, help: "Only print errors and the summary.")
    var quiet = false

    func run() throws {
        var options = site.buildOptions(mode: .build)
        options.freesModel = OneShotRun.freesModel
        options.output = output
        let report = Pipeline(options: options).run { line in
            if !quiet { Terminal.error(line + "\n") }
        }
        let formatter = Terminal.formatter(for: report, root: report.root)
        for diagnostic in report.diagnostics where !quiet || diagnostic.severity == .error {
            Terminal.error(formatter.format(diagnostic))
        }
        Terminal.error(formatter.summary(files: report.pages, tables: report.tables, errors: report.errorCount,
                                         warnings: report.warningCount, milliseconds: report.totalMilliseconds) + "\n")
        switch report.outcome {
        case .success:
            Terminal.error("wrote \(report.filesWritten) files to \(report.output)\n")
        case .contentErrors:
            Terminal.error("build failed: nothing was written; \(report.output) is unchanged\n")
        case .couldNotRun:
            Terminal.error("build could not run; \(report.output) is unchanged\n")
        }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}

