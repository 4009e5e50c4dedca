extension BuildStep {
    /// Runs the rule library. A build stops here when there is any error.
    public static let check = BuildStep("check") { context in
        guard let site = context.site else { return }
        let checker = checker(for: context)
        let scope = context.options.changedFiles.map { ChangeScope(site: site, changed: $0) }
        // The site rules (one pass over a compact index) run beside the page rules.
        let (pageFindings, siteFindings) = Parallel.both({
            Parallel.map(site.pages.count, workers: context.options.workers) { index -> [Diagnostic] in
                let page = site.pages[index]
                return scope?.contains(page) == false ? [] : checker.check(page: page, in: site)
            }
        }, alongside: { checker.checkSite(site) })
        context.diagnostics += pageFindings.flatMap { $0 } + siteFindings.filter { scope?.contains($0) ?? true }
        try finishCheck(context)
    }

    static func checker(for context: BuildContext) -> Checker {
        Checker(severities: context.config.ruleSeverities, strict: context.options.strict)
    }

    /// Applies `--strict` and stops a build that has errors.
    static func finishCheck(_ context: BuildContext) throws {
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
