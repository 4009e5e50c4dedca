/// Applies one page's suppressions to its findings and remembers what they silenced.
struct Silencer {
    let index: SuppressionIndex
    private(set) var silenced: [SilencedFinding] = []

    /// Nil for no page, or a page without suppressions (nothing to do).
    init?(_ page: Page?) {
        guard let page, !page.suppressions.isEmpty else { return nil }
        index = SuppressionIndex(page.suppressions)
    }

    /// Whether a suppression (other than the one at `excluding`) silences the finding; noted if so.
    mutating func silences(_ diagnostic: Diagnostic, excluding: Int? = nil) -> Bool {
        let line = diagnostic.range?.start.line
        guard index.covers(id: diagnostic.id, name: diagnostic.name, line: line, excluding: excluding) else { return false }
        silenced.append(SilencedFinding(id: diagnostic.id, name: diagnostic.name, line: line))
        return true
    }
}
