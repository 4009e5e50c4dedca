import ArgumentParser
import Foundation
import SitegenCore

struct InspectCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument { case text, json }

    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how sitegen reads the tables of some pages: every cell's position and typed value.",
        discussion: """
            Prints, for each table of the pages named (all pages when none is), a line per cell: \
            its line:column, its row and column, its text and what it means (`duration 5 min – 10 min`, \
            `size 512 MB`, `text "很快"`). Text is what neither sorts nor compares. Name pages by their \
            path from the site root (Content/guide.md), from the content folder (guide.md) or by its \
            end (options/a.md). Exit codes: 0 printed (whatever the checks find: run `sitegen check` \
            for them), 2 sitegen could not read the site or a page named is not one, 64 a mistake \
            on the command line.
            """
    )

    @OptionGroup var site: SiteOptions

    @Argument(help: "Pages to inspect (default: every page).")
    var pages: [String] = []

    @Option(name: .long, help: "Only the table with this id.")
    var table: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        var options = site.buildOptions(mode: .check)
        options.freesModel = OneShotRun.freesModel
        let (report, model) = Pipeline(options: options).runKeepingModel()
        guard let model, report.outcome != .couldNotRun else {
            let formatter = Terminal.formatter(for: report, root: report.root)
            for diagnostic in report.diagnostics where diagnostic.severity == .error {
                Terminal.error(formatter.format(diagnostic))
            }
            Terminal.error("sitegen: could not read the site\n")
            throw ExitCode(2)
        }
        let (selected, unmatched) = model.pages(named: pages)
        if !unmatched.isEmpty {
            Terminal.error("sitegen: no page \(unmatched.map { "'\($0)'" }.joined(separator: ", ")) in \(report.root)\n"
                           + "hint: name a page by its path from the site root, e.g. \(model.pages.first?.file ?? "Content/_index.md")\n")
            throw ExitCode(2)
        }
        var tables = selected.flatMap(TableInspection.tables(of:))
        if let table {
            tables = tables.filter { $0.id == table }
            if tables.isEmpty {
                Terminal.error("sitegen: no table '\(table)' in the pages inspected\n")
                throw ExitCode(2)
            }
        }
        switch format {
        case .text:
            Terminal.out(tables.isEmpty ? "no tables\n" : TableInspection.text(tables))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.out(String(decoding: try encoder.encode(tables), as: UTF8.self) + "\n")
        }
    }
}
