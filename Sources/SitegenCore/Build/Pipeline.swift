import Dispatch

/// Runs the build steps in order, timing each and logging `[i/n] name (ms)`.
public struct Pipeline: Sendable {
    public var options: BuildOptions
    public var fileIO: FileIO

    public init(options: BuildOptions, fileIO: FileIO = .disk) {
        self.options = options
        self.fileIO = fileIO
    }

    public func run(log: (String) -> Void = { _ in }) -> BuildReport {
        execute(log: log).report
    }

    /// Runs the steps and hands back the model they built as well (nil when reading or parsing
    /// could not finish): what `sitegen inspect` prints.
    public func runKeepingModel(log: (String) -> Void = { _ in }) -> (report: BuildReport, site: Site?) {
        let (report, context) = execute(log: log)
        return (report, context.site)
    }

    private func execute(log: (String) -> Void) -> (report: BuildReport, context: BuildContext) {
        let context = BuildContext(options: options, fileIO: fileIO)
        let steps = BuildStep.steps(for: options.mode)
        var timings: [(String, Double)] = []
        var outcome = BuildReport.Outcome.success
        let start = DispatchTime.now().uptimeNanoseconds
        for (number, step) in steps.enumerated() {
            let began = DispatchTime.now().uptimeNanoseconds
            var stop: BuildStop?
            do {
                try step.run(context)
            } catch let error as BuildStop {
                stop = error
            } catch {
                context.diagnostics.append(BuiltinProblem.fileUnreadable.diagnostic(
                    file: context.paths.display(context.paths.output), range: nil,
                    message: "\(step.name) failed: \(error)", hint: (error as? OutputError)?.hint))
                stop = .couldNotRun
            }
            FreedMemory.release()
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - began) / 1_000_000
            timings.append((step.name, milliseconds))
            log("[\(number + 1)/\(steps.count)] \(step.name) (\(Self.format(milliseconds)) ms)")
            if let stop {
                outcome = stop == .couldNotRun ? .couldNotRun : .contentErrors
                break
            }
        }
        context.transaction?.rollback()
        if !options.freesModel { KeptUntilExit.keep(context) }
        if outcome == .success, context.hasErrors { outcome = .contentErrors }
        let total = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        let report = BuildReport(
            outcome: outcome, diagnostics: context.diagnostics.sorted(),
            pages: context.site?.pages.count ?? Swift.max(context.sources.count, context.parsedSourceCount), tables: context.site?.tableCount ?? 0,
            filesWritten: context.transaction?.filesWritten ?? 0, bytesWritten: context.transaction?.bytesWritten ?? 0,
            timings: timings, totalMilliseconds: total, output: context.paths.output,
            root: context.paths.root
        )
        return (report, context)
    }

    static func format(_ milliseconds: Double) -> String {
        milliseconds < 10 ? String(format: "%.1f", milliseconds) : String(Int(milliseconds.rounded()))
    }
}
