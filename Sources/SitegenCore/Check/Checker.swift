/// Runs the rule library over a site and applies configuration: severity
/// per rule (by name or id), inline suppressions and `--strict`.
public struct Checker: Sendable {
    public let rules: [any Rule]
    public let severities: [String: SiteConfig.RuleSetting]
    public let strict: Bool
    /// Rules that are not switched off.
    let activeRules: [any Rule]
    /// Configured setting by rule id (names resolved).
    let settings: [String: SiteConfig.RuleSetting]

    public init(rules: [any Rule] = RuleRegistry.all, severities: [String: SiteConfig.RuleSetting] = [:], strict: Bool = false) {
        self.rules = rules
        self.severities = severities
        self.strict = strict
        var settings: [String: SiteConfig.RuleSetting] = [:]
        for rule in rules {
            if let setting = severities[rule.descriptor.name] ?? severities[rule.descriptor.id] {
                settings[rule.descriptor.id] = setting
            }
        }
        self.settings = settings
        activeRules = rules.filter { settings[$0.descriptor.id] != .off }
    }

    /// Findings of the page rules for one page (suppressions and severities applied).
    public func check(page: Page, in site: Site) -> [Diagnostic] {
        let context = RuleContext(page: page, site: site)
        return activeRules.flatMap { $0.check(context) }.compactMap { finalize($0, page: page) }
    }

    /// Findings of the site rules, read from an index of the site built once.
    public func checkSite(_ site: Site) -> [Diagnostic] {
        let index = SiteIndex(site)
        return activeRules.flatMap { $0.checkSite(index) }.compactMap { finalize($0, page: index.page(file: $0.file)) }
    }

    /// Every finding for the site, sorted.
    public func check(_ site: Site) -> [Diagnostic] {
        (site.pages.flatMap { check(page: $0, in: site) } + checkSite(site)).sorted()
    }

    /// Applies the page's suppressions, the configured severity and `--strict`; nil when silenced.
    func finalize(_ diagnostic: Diagnostic, page: Page?) -> Diagnostic? {
        let line = diagnostic.range?.start.line
        if let page, page.suppressions.contains(where: { $0.covers(rule: diagnostic.id, name: diagnostic.name, line: line) }) {
            return nil
        }
        var result = diagnostic
        switch settings[diagnostic.id] {
        case .error: result.severity = .error
        case .warning: result.severity = .warning
        case .info: result.severity = .info
        case .off: return nil
        case nil: break
        }
        if strict, result.severity == .warning { result.severity = .error }
        return result
    }
}
