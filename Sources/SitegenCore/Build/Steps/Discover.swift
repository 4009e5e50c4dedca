extension BuildStep {
    /// Lists the Markdown pages and other files of the content folder.
    public static let discover = BuildStep("discover") { context in
        let display = context.paths.display(context.paths.content)
        guard context.fileIO.kind(context.paths.content) != nil else {
            context.diagnostics.append(BuiltinProblem.fileUnreadable.diagnostic(
                file: display, range: nil, message: "content folder '\(display)' does not exist",
                hint: "create it, or set 'content' in sitegen.yml or --content"))
            throw BuildStop.couldNotRun
        }
        context.discovered = ContentDiscovery.discover(root: context.paths.content, displayRoot: display,
                                                       fileIO: context.fileIO)
        context.diagnostics += context.discovered.problems
    }
}
