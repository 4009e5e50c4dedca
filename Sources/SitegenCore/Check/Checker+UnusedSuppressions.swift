extension Checker {
    /// Findings of ``SuppressionUnused`` for the suppressions of `pages` that silenced nothing,
    /// given what was silenced (``CheckedFindings/silenced``). A suppression is left alone
    /// when it names a rule that does not exist (``SuppressionInvalid`` reports it) or names only
    /// rules that are off: it cannot be told whether it would silence something.
    public func unusedSuppressions(in pages: [Page], silenced: [String: [SilencedFinding]]) -> [Diagnostic] {
        guard let rule = activeRules.first(where: { $0 is SuppressionUnused }) else { return [] }
        let own = rule.descriptor.id
        let activeIDs = Set(activeRules.map(\.descriptor.id))
        var found: [Diagnostic] = []
        for page in pages where !page.suppressions.isEmpty {
            let places = SilencedPlaces(silenced[page.file] ?? [])
            var silencer = Silencer(page)
            for (index, suppression) in page.suppressions.enumerated() where !places.anyCovered(by: suppression) {
                guard !suppression.namesUnknownRule else { continue }
                let ids = suppression.ruleIDs
                guard ids.isEmpty || ids.contains(where: { $0 != own && activeIDs.contains($0) }) else { continue }
                let finding = rule.descriptor.diagnostic(
                    file: page.file, range: Self.firstLine(of: suppression.range, in: page.source),
                    message: Self.unusedMessage(suppression),
                    hint: "remove the comment: what it silenced is gone (or it is not on the line it means)",
                    fix: .removingComments([suppression.range] + (suppression.closingRange.map { [$0] } ?? []), in: page.source))
                // Other suppressions may silence the report; its own may not (one of every rule would).
                if let kept = finalize(finding, silencer: &silencer, excluding: index) { found.append(kept) }
            }
        }
        return found
    }

    /// A comment's range on its first line (a caret under the opening line, not the whole block).
    static func firstLine(of range: SourceRange, in source: SourceText) -> SourceRange {
        guard range.end.line != range.start.line else { return range }
        let end = source.line(range.start.line).map { $0.unicodeScalars.count } ?? range.start.column
        return SourceRange(start: range.start, end: SourcePosition(line: range.start.line, column: max(end, range.start.column)))
    }

    static func unusedMessage(_ suppression: Suppression) -> String {
        let rules = suppression.rules.isEmpty ? "every rule" : suppression.rules.joined(separator: ", ")
        let lines = suppression.lines.count == 1 ? "line \(suppression.lines.lowerBound)"
            : "lines \(suppression.lines.lowerBound)–\(suppression.lines.upperBound)"
        return "this suppression of \(rules) silences nothing: no finding on \(lines)"
    }
}
