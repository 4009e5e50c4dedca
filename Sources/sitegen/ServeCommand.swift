import ArgumentParser
import Dispatch
import Foundation
import SitegenCore
import SitegenServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on loopback and rebuild it (incrementally) on every change.",
        discussion: """
            Watches the content folder, the templates and the configuration. Open pages reload \
            after each successful build; when a build has errors the terminal prints them, pages \
            show them in an overlay, and the last good site keeps being served.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Output folder to build into and serve (default: public).")
    var output: String?

    @Option(name: .long, help: "Port to listen on (0 picks a free one).")
    var port: UInt16 = 1313

    @Option(name: .long, help: "Address to listen on. Anything other than loopback exposes the site to the network.")
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Do not watch for changes.")
    var noWatch = false

    @Flag(name: .shortAndLong, help: "Print the time of every build step.")
    var verbose = false

    func run() throws {
        var build = site.buildOptions(mode: .build)
        build.output = output
        var options = DevServer.Options(build: build)
        options.host = host
        options.port = port
        options.watch = !noWatch
        if verbose { options.stepLog = { Terminal.error("  " + $0 + "\n") } }
        let first = AtomicFlag()
        let server = DevServer(options: options, onBuild: { build in
            ServeCommand.print(build, first: first.setOnce())
        }, onOutputMoved: { folder in
            Terminal.error("now serving \(folder) (sitegen.yml moved the output folder)\n")
        })
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                let bound = try await server.start()
                if !["127.0.0.1", "localhost", "::1", "[::1]"].contains(host) {
                    Terminal.error("warning: listening on \(host): the site is reachable from other machines\n")
                }
                Terminal.error("serving \(server.outputFolder) at http://\(DevServer.displayHost(host)):\(bound)/ "
                               + "(Ctrl-C to stop)\n")
            } catch {
                Terminal.error("error: \(error)\n")
                Foundation.exit(2)
            }
        }
        done.wait()
    }

    static func print(_ build: SessionBuild, first: Bool) {
        let report = build.report
        let formatter = Terminal.formatter(for: report, root: report.root)
        for diagnostic in report.diagnostics where diagnostic.severity == .error || first {
            Terminal.error(formatter.format(diagnostic))
        }
        let milliseconds = Int(report.totalMilliseconds.rounded())
        switch report.outcome {
        case .success where build.interrupted:
            Terminal.error("stopped after \(milliseconds) ms for a newer change (open pages were updated first)\n")
        case .success:
            Terminal.error("\(first ? "built" : "rebuilt") in \(milliseconds) ms: \(build.pagesParsed) parsed, "
                           + "\(build.pagesRendered) rendered, \(counted(build.changed.count, "file")) changed"
                           + " (\(counted(report.pages, "page")), \(counted(report.warningCount, "warning")))\n")
        case .contentErrors, .couldNotRun:
            Terminal.error("build failed (\(counted(report.errorCount, "error"))) in \(milliseconds) ms; "
                           + (FileManager.default.fileExists(atPath: report.output)
                              ? "still serving the last good site\n"
                              : "nothing to serve until a build succeeds: fix the errors above (open pages show them)\n"))
        }
    }
}

extension ServeCommand {
    /// "1 error", "2 errors".
    static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}

/// True the first time only.
final class AtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var set = false

    func setOnce() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        defer { set = true }
        return !set
    }
}
