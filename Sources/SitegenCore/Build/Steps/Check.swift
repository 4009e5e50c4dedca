extension BuildStep {
    /// Runs the rule library. A build stops here when there is any error.
    public static let check = BuildStep("check") { context in
        guard let site = context.site else { return }
        let checker = Checker(severities: context.config.ruleSeverities, strict: context.options.strict)
        let pageFindings = Parallel.map(site.pages.count, workers: context.options.workers) {
            checker.check(page: site.pages[$0], in: site)
        }
        context.diagnostics += pageFindings.flatMap { $0 } + checker.checkSite(site)
        if context.options.strict {
            context.diagnostics = context.diagnostics.map { diagnostic in
                var diagnostic = diagnostic
                if diagnostic.severity == .warning { diagnostic.severity = .error }
                return diagnostic
            }
        }
        if context.options.mode == .build, context.hasErrors { throw BuildStop.contentErrors }
    }
}
