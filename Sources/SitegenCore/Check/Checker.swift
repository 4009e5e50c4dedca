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
        checkRecording(page: page, in: site).findings
    }

    /// Findings of the site rules, read from an index of the site built once.
    public func checkSite(_ site: Site) -> [Diagnostic] {
        checkSiteRecording(site).findings
    }

    /// ``check(page:in:)``, also telling what the page's suppressions silenced.
    public func checkRecording(page: Page, in site: Site) -> CheckedFindings {
        let context = RuleContext(page: page, site: site)
        var silencer = Silencer(page)
        let findings = activeRules.flatMap { $0.check(context) }.compactMap { finalize($0, silencer: &silencer) }
        let silenced = silencer?.silenced ?? []
        return CheckedFindings(findings: findings, silenced: silenced.isEmpty ? [:] : [page.file: silenced])
    }

    /// ``checkSite(_:)``, also telling what suppressions silenced.
    public func checkSiteRecording(_ site: Site) -> CheckedFindings {
        let index = SiteIndex(site, parts: indexParts)
        return recorded(activeRules.flatMap { $0.checkSite(index) }, in: index)
    }

    /// The parts of the site index the active rules read (``Rule/readsIndex``): a site that
    /// switches `fact-conflict` off gathers no facts.
    var indexParts: SiteIndex.Parts {
        activeRules.reduce(into: []) { $0.formUnion($1.readsIndex) }
    }

    /// The findings of some site rules (all active ones when `ids` is nil), by rule id, each with
    /// what suppressions silenced of it: what an incremental check keeps to run a rule again alone.
    /// The index must hold the parts they read (``indexParts`` holds every active rule's).
    func checkSiteByRule(_ index: SiteIndex, only ids: Set<String>? = nil) -> [String: CheckedFindings] {
        let rules = activeRules.filter { ids?.contains($0.descriptor.id) ?? true }
        var byRule: [String: CheckedFindings] = [:]
        for rule in rules { byRule[rule.descriptor.id] = recorded(rule.checkSite(index), in: index) }
        return byRule
    }

    /// Site findings with suppressions, severities and `--strict` applied, and what was silenced.
    private func recorded(_ findings: [Diagnostic], in index: SiteIndex) -> CheckedFindings {
        var checked = CheckedFindings()
        var silencers: [String: Silencer?] = [:]  // by file, made at its first finding
        for finding in findings {
            // (In place: a copy out and back would copy what the silencer noted at every finding.)
            if let kept = finalize(finding, silencer: &silencers[finding.file, default: Silencer(index.page(file: finding.file))]) {
                checked.findings.append(kept)
            }
        }
        for case let (file, silencer?) in silencers where !silencer.silenced.isEmpty {
            checked.silenced[file] = silencer.silenced
        }
        return checked
    }

    /// Every finding for the site, sorted.
    public func check(_ site: Site) -> [Diagnostic] {
        var checked = checkSiteRecording(site)
        for page in site.pages { checked.merge(checkRecording(page: page, in: site)) }
        return (checked.findings + unusedSuppressions(in: site.pages, silenced: checked.silenced)).sorted()
    }

    /// Applies the page's suppressions (through its silencer, which notes what they silence; the
    /// one at index `excluding` does not count), the configured severity and `--strict`; nil when silenced.
    func finalize(_ diagnostic: Diagnostic, silencer: inout Silencer?, excluding: Int? = nil) -> Diagnostic? {
        if silencer?.silences(diagnostic, excluding: excluding) == true { return nil }
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
