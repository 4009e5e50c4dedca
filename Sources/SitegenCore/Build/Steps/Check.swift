extension BuildStep {
    /// Runs the rule library. A build stops here when there is any error.
    public static let check = BuildStep("check") { context in
        guard let site = context.site else { return }
        let checker = checker(for: context)
        let scope = context.options.changedFiles.map { ChangeScope(site: site, changed: $0) }
        // The site rules (one pass over a compact index, the longest single job) are the first job
        // of the workers that check the pages: one worker starts on them while the others take
        // pages, and all of them take pages once they are done. (Run on a thread of their own
        // beside the page rules, they were left alone on one core for the last tenth of the step.)
        let checked = Parallel.map(site.pages.count + 1, workers: context.options.workers) { job -> CheckedFindings in
            guard job > 0 else { return checker.checkSiteRecording(site) }
            let page = site.pages[job - 1]
            return scope?.contains(page) == false ? CheckedFindings() : checker.checkRecording(page: page, in: site)
        }
        let pages = scope.map { scope in site.pages.filter { scope.contains($0) } } ?? site.pages
        context.diagnostics += checked.dropFirst().flatMap(\.findings)
            + checked[0].findings.filter { scope?.contains($0) ?? true }
            + checker.unusedSuppressions(in: pages, silenced: CheckedFindings.silenced(in: checked))
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
