import ArgumentParser
import Foundation
import SitegenCore

extension DiagnosticFormat: ExpressibleByArgument {}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the site's tables, links and front matter without writing anything.",
        discussion: """
            Exit codes: 0 no errors (warnings allowed; with --strict warnings count as errors), \
            1 errors found (after --fix: errors that remain), 2 sitegen could not run (bad \
            configuration, unreadable or empty content folder), 64 a mistake on the command line. \
            `sitegen rules` lists the rules.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Output format: text, json, github (workflow commands), sarif or gitlab (Code Quality report).")
    var format: DiagnosticFormat = .text

    @Option(name: .long, help: "Write the report to FILE instead of the terminal (missing folders are made).")
    var output: String?

    @Flag(name: .long, help: "Apply the safe fixes (blank lines around tables, padding short rows) and report what remains.")
    var fix = false

    @Flag(name: .customLong("fix-suggestions"), help: "With --fix, also apply suggested fixes (headings for heading-like lines).")
    var fixSuggestions = false

    @Flag(name: .customLong("dry-run"), help: "With --fix, print the changes as a unified diff instead of writing them.")
    var dryRun = false

    @Option(name: .customLong("changed-since"), help: "Check only pages changed since this git revision (and pages linking into them).")
    var changedSince: String?

    func validate() throws {
        if dryRun, !fix { throw ValidationError("--dry-run only applies to --fix") }
        if fixSuggestions, !fix { throw ValidationError("--fix-suggestions only applies to --fix") }
    }

    func run() throws {
        var options = site.buildOptions(mode: .check)
        if let changedSince {
            do {
                options.changedFiles = try ChangedFiles.since(changedSince, root: options.root)
            } catch {
                Terminal.error("sitegen: --changed-since \(changedSince): \(error)\n")
                throw ExitCode(2)
            }
        }
        let report: BuildReport
        var writeFailed = false
        if fix {
            var fixer = Fixer(options: options)
            fixer.includeSuggestions = fixSuggestions
            fixer.dryRun = dryRun
            let result = fixer.run()
            report = result.report
            writeFailed = !result.failures.isEmpty
            printChanges(result)
        } else {
            options.freesModel = OneShotRun.freesModel
            report = Pipeline(options: options).run()
        }
        let summary = CheckSummary(report)
        let text: String
        switch format {
        case .text:
            let lines = SourceLineCache(root: report.root)
            let formatter = TextFormatter(color: output == nil && Terminal.stderrIsTTY) { lines.line(file: $0, line: $1) }
            text = report.diagnostics.map(formatter.format).joined()
                + formatter.summary(files: summary.files, tables: summary.tables, errors: summary.errors,
                                    warnings: summary.warnings, milliseconds: report.totalMilliseconds) + "\n"
        case .json: text = JSONFormatter().format(report.diagnostics, summary: summary)
        case .github: text = GitHubFormatter().format(report.diagnostics, summary: summary)
        case .sarif: text = SARIFFormatter().format(report.diagnostics, summary: summary)
        case .gitlab:
            let lines = SourceLineCache(root: report.root)
            text = GitLabFormatter { lines.line(file: $0, line: $1) }.format(report.diagnostics, summary: summary)
        }
        if let output {
            do {
                let folder = (output as NSString).deletingLastPathComponent
                if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                Terminal.error("sitegen: cannot write the report to \(output): \(Self.whyNotWritable(output, error))\n"
                               + "hint: choose a path in a folder you can write to, e.g. --output sitegen.sarif\n")
                throw ExitCode(2)
            }
        } else if format == .text {
            Terminal.error(text)
        } else {
            Terminal.out(text)
        }
        if writeFailed { throw ExitCode(2) }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }

    /// What --fix changed (or, with --dry-run, would change).
    func printChanges(_ result: Fixer.Result) {
        for change in result.changes {
            if dryRun {
                // The diff goes to stdout unless the report itself does.
                let write = format != .text && output == nil ? Terminal.error : Terminal.out
                write(UnifiedDiff.diff(old: change.original, new: change.fixed, oldName: "a/\(change.file)",
                                              newName: "b/\(change.file)"))
            } else {
                let count = change.applied.count
                Terminal.error("fixed \(change.file): \(count) \(count == 1 ? "fix" : "fixes")\n")
                for line in change.applied { Terminal.error("  \(line)\n") }
            }
        }
        for failure in result.failures { Terminal.error("sitegen: could not write \(failure)\n") }
        if result.changes.isEmpty { Terminal.error("nothing to fix\n") }
    }

    /// Why a file cannot be written, in words (Foundation says "The file doesn't exist" of a missing folder).
    static func whyNotWritable(_ path: String, _ error: Error) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let parent = folder.isEmpty ? "." : folder
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder) { return "the folder \(parent) does not exist" }
        if !isFolder.boolValue { return "\(parent) is a file, not a folder" }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return "it is a folder" }
        if !FileManager.default.isWritableFile(atPath: parent) { return "the folder \(parent) is not writable" }
        return error.localizedDescription
    }
}
