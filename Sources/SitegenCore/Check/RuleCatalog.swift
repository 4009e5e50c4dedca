/// The rule library as text: the list `sitegen rules` prints and the
/// explanation of one rule (`sitegen rules NAME`), also used for the README.
public enum RuleCatalog {
    public static func list(_ rules: [RuleDescriptor] = RuleRegistry.all.map(\.descriptor)) -> String {
        let nameWidth = rules.map(\.name.count).max() ?? 0
        var out = ""
        for category in RuleCategory.allCases {
            let members = rules.filter { $0.category == category }
            guard !members.isEmpty else { continue }
            out += "\(category.rawValue):\n"
            for rule in members {
                let name = rule.name.rightPadded(to: nameWidth)
                let severity = rule.severity.rawValue.rightPadded(to: 7)
                out += "  \(rule.id.rightPadded(to: 6)) \(name)  \(severity) \(mark(rule.fixes))  \(rule.summary)\n"
            }
        }
        out += "\n\(rules.count) rules. 'sitegen rules NAME' explains one; 'fix' marks rules 'sitegen check --fix' repairs,"
            + " 'fix+' those it repairs with --fix-suggestions.\n"
        return out
    }

    static func mark(_ fixes: FixKind) -> String {
        switch fixes {
        case .none: "    "
        case .safe: "fix "
        case .suggestion: "fix+"
        }
    }

    public static func explain(_ rule: RuleDescriptor) -> String {
        """
        \(rule.name) (\(rule.id))
        default severity: \(rule.severity.rawValue); category: \(rule.category.rawValue); \
        \(rule.fixes.command.map { "fixed by '\($0)'" } ?? "not fixed automatically")

        \(rule.summary).

        \(rule.doc)

        \(rule.exampleSetting.map(setting) ?? "")Triggers it:
        \(indent(rule.badExample))
        Does not:
        \(indent(rule.goodExample))
        Configure in sitegen.yml:  rules: {\(rule.name): warning}   (error, warning, info, off)
        Silence one place:         <!-- sitegen-disable-next-line \(rule.name) -->

        """
    }

    /// Where a rule's examples stand, when not on a lone page.
    static func setting(_ setting: ExampleSetting) -> String {
        "The examples are Content/\(setting.path), with '\(setting.config.trimmingWhitespace())' in sitegen.yml, beside:\n"
            + setting.pages.keys.sorted().map { "  Content/\($0):\n" + indent(setting.pages[$0]!) }.joined()
    }

    static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    }
}

extension String {
    func rightPadded(to length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
