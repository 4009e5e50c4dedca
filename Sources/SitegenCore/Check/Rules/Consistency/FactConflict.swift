/// The same (option, criterion) stated with different values in two places.
public struct FactConflict: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "CON001", name: "fact-conflict", severity: .error, category: .consistency,
        summary: "the same option and criterion have different values in two tables",
        doc: """
            Facts are stated by every matrix (option × criterion → value) and by two-column key → \
            value tables on an option's own page (a page with `option:` in its front matter, whose \
            keys are criteria of some matrix). When two statements of one fact differ after \
            normalisation, one of them is stale: the overview says a method takes `即时生效` while \
            the method's page says `1-3天`. Both places are reported. Equal meanings written \
            differently (`5-10分钟` and `5~10 min`, `约15分钟` and `15分钟`) are not a conflict.
            """,
        badExample: "<!-- sitegen:table {kind: matrix} -->\n| 维度 | 解绑银行卡 |\n|---|---|\n| 耗时 | 即时生效 |\n\n<!-- sitegen:table {kind: matrix} -->\n| 维度 | 解绑银行卡 |\n|---|---|\n| 耗时 | 1-3天 |\n",
        goodExample: "<!-- sitegen:table {kind: matrix} -->\n| 维度 | 替换实名 |\n|---|---|\n| 耗时 | 5-10分钟 |\n\n<!-- sitegen:table {kind: matrix} -->\n| 维度 | 替换实名 |\n|---|---|\n| 耗时 | 5~10 min |\n"
    )

    /// Its site part reads facts: matrices and option pages' key → value tables.
    public var siteReads: PageParts { .tables }
    public var readsIndex: SiteIndex.Parts { .facts }

    public func checkSite(_ index: SiteIndex) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for places in index.facts.values where places.count > 1 {
            // By index: a filter over the places copied every one it looked at.
            let firstValue = places[0].value
            guard let firstConflict = (1..<places.count).first(where: { !places[$0].value.isEquivalent(to: firstValue) })
            else { continue }
            let first = index.statement(places[0])
            let conflicting = places[firstConflict...].filter { !$0.value.isEquivalent(to: firstValue) }.map(index.statement)
            let fact = "'\(first.option)' × '\(first.criterion)'"
            let firstRange = index.range(of: first)
            let ranges = conflicting.map { index.range(of: $0) }  // found once each: only conflicts need them
            for (other, range) in zip(conflicting, ranges) {
                found.append(descriptor.diagnostic(
                    file: other.file, range: range,
                    message: "\(fact) is '\(other.text)' here but '\(first.text)' in \(place(first, at: firstRange, from: other))",
                    hint: "make both statements agree (or remove one of them)",
                    related: [RelatedLocation(file: first.file, range: firstRange, message: "stated as '\(first.text)' here")]))
            }
            let others = zip(conflicting, ranges).map { "'\($0.text)' in \(place($0, at: $1, from: first))" }.joined(separator: ", ")
            found.append(descriptor.diagnostic(
                file: first.file, range: firstRange,
                message: "\(fact) is '\(first.text)' here but \(others)",
                hint: "make both statements agree (or remove one of them)",
                related: zip(conflicting, ranges).map {
                    RelatedLocation(file: $0.file, range: $1, message: "stated as '\($0.text)' here")
                }))
        }
        return found
    }

    /// `table 'methods' (line 12)` on the same page, `Content/x.md:12` elsewhere.
    func place(_ statement: FactStatement, at range: SourceRange?, from other: FactStatement) -> String {
        if statement.file == other.file {
            return "table '\(statement.tableID)'" + (range.map { " (line \($0.start.line))" } ?? "")
        }
        return statement.file + (range.map { ":\($0.start.line)" } ?? "")
    }
}
