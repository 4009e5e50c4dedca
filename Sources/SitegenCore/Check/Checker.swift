/// Runs the rule library over a site and applies configuration: severity
/// per rule, inline suppressions and `--strict`.
public struct Checker: Sendable {
    public var rules: [any Rule]
    public var severities: [String: SiteConfig.RuleSetting]
    public var strict: Bool

    public init(rules: [any Rule] = RuleRegistry.all, severities: [String: SiteConfig.RuleSetting] = [:], strict: Bool = false) {
        self.rules = rules
        self.severities = severities
        self.strict = strict
    }

    /// The setting for a rule: by name first, then by id; nil for the default.
    func setting(for descriptor: RuleDescriptor) -> SiteConfig.RuleSetting? {
        severities[descriptor.name] ?? severities[descriptor.id]
    }

    /// Rules that are not switched off.
    var activeRules: [any Rule] {
        rules.filter { setting(for: $0.descriptor) != .off }
    }

    /// Findings of the page rules for one page (suppressions and severities applied).
    public func check(page: Page, in site: Site) -> [Diagnostic] {
        let found = activeRules.flatMap { $0.check(page: page, in: site) }
        return found.compactMap { finalize($0, pagesByFile: [page.file: page]) }
    }

    /// Findings of the site rules.
    public func checkSite(_ site: Site) -> [Diagnostic] {
        let pagesByFile = Dictionary(site.pages.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        return activeRules.flatMap { $0.checkSite(site) }.compactMap { finalize($0, pagesByFile: pagesByFile) }
    }

    /// Every finding for the site, sorted.
    public func check(_ site: Site) -> [Diagnostic] {
        (site.pages.flatMap { check(page: $0, in: site) } + checkSite(site)).sorted()
    }

    func finalize(_ diagnostic: Diagnostic, pagesByFile: [String: Page]) -> Diagnostic? {
        var result = diagnostic
        if let page = pagesByFile[diagnostic.file],
           page.suppressions.contains(where: { $0.covers(rule: diagnostic.id, name: diagnostic.name, line: diagnostic.range?.start.line) }) {
            return nil
        }
        let descriptor = rules.first { $0.descriptor.id == diagnostic.id }?.descriptor
        switch descriptor.flatMap(setting(for:)) {
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
