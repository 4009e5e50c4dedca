import ArgumentParser
import SitegenCore

struct FormatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Line up the columns of the site's tables in their Markdown source.",
        discussion: """
            Pads every cell of every pipe table to its column's width (Chinese, Japanese and Korean \
            characters and emoji count two columns, as a monospaced editor shows them), by the \
            column's alignment, with a pipe at both ends and the delimiter row as wide as each \
            column. Only blanks and pipes change (a short row gets its empty cells), so the pages \
            mean what they meant. Tables whose source does not say what it means (prose or a \
            second table glued into it, a row longer than its header) are left alone with a note: \
            `sitegen check --fix` mends most of them. Exit codes: 0 formatted (with --check: every \
            table already is), 1 with --check: some table is not, 2 sitegen could not read the \
            site, a page named is not one, or a file could not be written, 64 a mistake on the \
            command line.
            """
    )

    @OptionGroup var site: SiteOptions

    @Argument(help: "Pages to format (default: every page, drafts included).")
    var pages: [String] = []

    @Flag(name: .long, help: "Change nothing; list the pages whose tables are not formatted and exit 1 if there are any (for CI).")
    var check = false

    @Flag(name: .long, help: "Change nothing; print the changes as a unified diff.")
    var diff = false

    func run() throws {
        var formatter = SiteFormatter(options: site.buildOptions(mode: .check))
        formatter.pages = pages
        formatter.dryRun = check || diff
        switch formatter.run() {
        case .couldNotRead(let report):
            let text = Terminal.formatter(for: report, root: report.root)
            for diagnostic in report.diagnostics where diagnostic.severity == .error { Terminal.error(text.format(diagnostic)) }
            Terminal.error("sitegen: could not read the site\n")
            throw ExitCode(2)
        case .unknownPages(let names, let example):
            Terminal.error("sitegen: no page \(names.map { "'\($0)'" }.joined(separator: ", ")) in the site\n"
                           + "hint: name a page by its path from the site root, e.g. \(example)\n")
            throw ExitCode(2)
        case .formatted(let changes, let skipped, let pageCount, let tableCount, let failures):
            for change in changes {
                if diff {
                    Terminal.out(UnifiedDiff.diff(old: change.original, new: change.formatted,
                                                  oldName: "a/\(change.file)", newName: "b/\(change.file)"))
                }
                let tables = "\(change.tables) \(change.tables == 1 ? "table" : "tables")"
                if check {
                    Terminal.error("\(change.file): \(tables) not formatted\n")
                } else if !diff {
                    Terminal.error("formatted \(change.file): \(tables)\n")
                }
            }
            for table in skipped {
                Terminal.error("\(table.file):\(table.line):1: note: table left as it is: \(table.reason)\n")
            }
            for failure in failures { Terminal.error("sitegen: could not write \(failure)\n") }
            let changed = changes.map(\.tables).reduce(0, +)
            let what = "\(Self.count(changed, "table")) in \(Self.count(changes.count, "page"))"
            var others: [String] = []
            if tableCount > changed { others.append("\(Self.count(tableCount - changed, "table")) already formatted") }
            if !skipped.isEmpty { others.append("\(skipped.count) left as \(skipped.count == 1 ? "it is" : "they are")") }
            if pageCount > changes.count { others.append("\(Self.count(pageCount, "page")) read") }
            let rest = others.isEmpty ? "" : " (" + others.joined(separator: ", ") + ")"
            if changes.isEmpty {
                Terminal.error("nothing to format: \(Self.count(tableCount, "table")) already formatted"
                               + (skipped.isEmpty ? "" : ", \(skipped.count) left as \(skipped.count == 1 ? "it is" : "they are")")
                               + " in \(Self.count(pageCount, "page"))\n")
            } else if check {
                Terminal.error("\(what) not formatted\(rest): run `sitegen fmt`\n")
            } else if diff {
                Terminal.error("\(what) would change\(rest)\n")
            } else {
                Terminal.error("formatted \(what)\(rest)\n")
            }
            if !failures.isEmpty { throw ExitCode(2) }
            if check, !changes.isEmpty { throw ExitCode(1) }
        }
    }

    /// `1 table`, `3 tables`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
