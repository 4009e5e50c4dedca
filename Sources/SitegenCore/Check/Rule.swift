/// Groups of rules, for listing and documentation.
public enum RuleCategory: String, Sendable, Hashable, CaseIterable, Codable {
    case structure, types, references, consistency, decision, content
}

/// What `sitegen check --fix` does for a rule's findings.
public enum FixKind: String, Sendable, Hashable {
    /// Nothing: the writer decides.
    case none
    /// A safe fix (blank lines, empty cells), applied by `--fix`.
    case safe
    /// A change of wording or structure, applied by `--fix --fix-suggestions`.
    case suggestion

    /// The command that applies it, nil for none.
    public var command: String? {
        switch self {
        case .none: nil
        case .safe: "sitegen check --fix"
        case .suggestion: "sitegen check --fix --fix-suggestions"
        }
    }
}

/// What a rule is: stable id and name, default severity and documentation.
public struct RuleDescriptor: Sendable, Hashable {
    /// Stable id, e.g. `TBL001`.
    public let id: String
    /// Stable kebab-case name users write in configs, e.g. `table-column-count`.
    public let name: String
    public let severity: Severity
    public let category: RuleCategory
    /// One line: what the rule catches.
    public let summary: String
    /// One paragraph: why it matters and how to fix it.
    public let doc: String
    /// A Markdown page that triggers the rule.
    public let badExample: String
    /// The same page fixed: must not trigger the rule.
    public let goodExample: String
    /// What `sitegen check --fix` does for it.
    public let fixes: FixKind
    /// Where the examples stand, for a rule that compares pages: nil for a lone page `page.md`.
    public let exampleSetting: ExampleSetting?
    /// Whether `sitegen check --fix` repairs it (with `--fix-suggestions` for a suggestion).
    public var fixable: Bool { fixes != .none }

    public init(
        id: String, name: String, severity: Severity, category: RuleCategory, summary: String, doc: String,
        badExample: String, goodExample: String, fixes: FixKind = .none, exampleSetting: ExampleSetting? = nil
    ) {
        self.id = id
        self.name = name
        self.severity = severity
        self.category = category
        self.summary = summary
        self.doc = doc
        self.badExample = badExample
        self.goodExample = goodExample
        self.fixes = fixes
        self.exampleSetting = exampleSetting
    }

    /// A finding of this rule at its default severity (configuration applies later).
    public func diagnostic(
        file: String, range: SourceRange?, message: String, hint: String? = nil, related: [RelatedLocation] = [],
        fix: Fix? = nil
    ) -> Diagnostic {
        Diagnostic(id: id, name: name, severity: severity, file: file, range: range, message: message,
                   hint: hint, related: related, fix: fix)
    }

    /// A finding on one line of a page.
    public func diagnostic(
        _ page: Page, line: Int, column: Int = 1, endColumn: Int? = nil, message: String, hint: String? = nil,
        related: [RelatedLocation] = [], fix: Fix? = nil
    ) -> Diagnostic {
        let end = endColumn ?? max(column, page.source.line(line).map { $0.unicodeScalars.count } ?? column)
        return diagnostic(file: page.file, range: SourceRange(line: line, column: column, endColumn: end),
                          message: message, hint: hint, related: related, fix: fix)
    }
}

/// The site around a rule's examples when one page cannot show it: `sitegen.yml`, the content path
/// the example page has, and the pages beside it.
public struct ExampleSetting: Sendable, Hashable {
    public var config: String
    public var path: String
    /// Content path and Markdown of each other page.
    public var pages: [String: String]

    public init(config: String, path: String, pages: [String: String]) {
        self.config = config
        self.path = path
        self.pages = pages
    }

    /// How the catalogue describes it.
    var description: String {
        "as `Content/\(path)`, with `\(config.trimmingWhitespace())` in sitegen.yml and beside it "
            + pages.keys.sorted().map { "`Content/\($0)`:\n\n```markdown\n\(pages[$0]!.trimmingWhitespace())\n```" }.joined(separator: "\n\n")
    }
}

/// A check over the typed model. Page rules look at one page at a time (so
/// they run in parallel and incremental builds re-run them only for changed
/// pages); site rules look across pages through an index built once.
public protocol Rule: Sendable {
    var descriptor: RuleDescriptor { get }
    /// Findings within one page.
    func check(_ context: RuleContext) -> [Diagnostic]
    /// Findings across the site (run once per build).
    func checkSite(_ index: SiteIndex) -> [Diagnostic]
    /// Which of the parts of a page that change most while it is written the site part reads
    /// (links, headings, table cells): after an edit that changed only those, an incremental
    /// check runs it again only when it reads one (any other change runs every site rule again).
    /// All unless the rule says otherwise.
    var siteReads: PageParts { get }
    /// The parts of the site index the site part reads (a check gathers only those its active
    /// rules read: a site that switches `fact-conflict` off gathers no facts). None unless the rule says so: a rule with a site part says which
    /// (`RuleFixtureTests` runs each rule on an index of only these, against the whole index).
    var readsIndex: SiteIndex.Parts { get }
}

extension Rule {
    public func check(_ context: RuleContext) -> [Diagnostic] { [] }
    public func checkSite(_ index: SiteIndex) -> [Diagnostic] { [] }
    public var siteReads: PageParts { [.links, .headings, .tables] }
    public var readsIndex: SiteIndex.Parts { [] }
}

extension RuleDescriptor {
    /// The page's read issues of one kind as findings of this rule.
    func diagnostics(for kind: ReadIssue.Kind, in page: Page) -> [Diagnostic] {
        page.issues.filter { $0.kind == kind }.map {
            diagnostic(file: page.file, range: $0.range, message: $0.message, hint: $0.hint, fix: $0.fix)
        }
    }
}
