extension RuleCatalog {
    /// The built-in problems, after the rules in `sitegen rules`: they show in diagnostics like
    /// rules (`[file-encoding]`), so a reader looks them up the same way.
    public static func listBuiltins(_ problems: [BuiltinProblem] = BuiltinProblem.all) -> String {
        let nameWidth = problems.map { $0.name.count + $0.id.count + 3 }.max() ?? 0
        var out = "built-in problems (always errors; about the files, the configuration and the build itself):\n"
        for problem in problems {
            out += "  \("\(problem.name) (\(problem.id))".rightPadded(to: nameWidth))  \(problem.summary)\n"
        }
        return out
    }

    public static func explain(_ problem: BuiltinProblem) -> String {
        """
        \(problem.name) (\(problem.id))
        built-in problem: always an error, cannot be turned off or silenced

        \(problem.summary).

        The diagnostic names the file and says what to do in its hint; `sitegen check` and `sitegen \
        build` exit 2 (1 for a problem inside a page) and write nothing.

        """
    }
}

extension BuiltinProblem {
    /// The built-in problem with this name or id, if any.
    public static func named(_ nameOrID: String) -> BuiltinProblem? {
        all.first { $0.name == nameOrID || $0.id.caseInsensitiveCompare(nameOrID) == .orderedSame }
    }
}
