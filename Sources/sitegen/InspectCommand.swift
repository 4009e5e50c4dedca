import ArgumentParser
import Foundation
import SitegenCore

extension ValueType: ExpressibleByArgument {}

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
            end (options/a.md). With --value, reads the texts given instead of the site \
            (`sitegen inspect --value 5-10分钟 --value "512 MB"`; with --type, says whether each \
            fits it). Exit codes: 0 printed (whatever the checks find: run `sitegen check` for \
            them), 1 a --value does not fit its --type, 2 sitegen could not read the site or a \
            page named is not one, 64 a mistake on the command line.
            """
    )

    @OptionGroup var site: SiteOptions

    @Argument(help: "Pages to inspect (default: every page).")
    var pages: [String] = []

    @Option(name: .long, help: "Only the table with this id.")
    var table: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .long, help: "Read this text as a cell instead of reading the site (repeatable).")
    var value: [String] = []

    @Option(name: .long, help: "With --value: the type the values must have (duration, size, money …).")
    var type: ValueType?

    @Option(name: .long, help: "With --value: the page's language, which reads 1.000 and 1,500 (a thousand and 1.5 in de, fr …) and gives a --type hint's examples.")
    var lang: String?

    func validate() throws {
        if value.isEmpty, type != nil || lang != nil { throw ValidationError("--type and --lang only apply to --value") }
        if !value.isEmpty, !pages.isEmpty || table != nil { throw ValidationError("--value reads no pages: leave out the pages and --table") }
        if !value.isEmpty, format != .text { throw ValidationError("--value prints text only: leave out --format") }
    }

    func run() throws {
        if !value.isEmpty {
            let (text, failed) = ValueInspection.report(value, as: type, language: lang)
            Terminal.out(text)
            if failed > 0 { throw ExitCode(1) }
            return
        }
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
