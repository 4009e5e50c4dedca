/// Each language's interface strings, merged once per build rather than
/// once per page, and also as template values (`[String: Any]`, the one
/// dictionary type template lookups read without protocol casts).
struct PageStrings: @unchecked Sendable {  // the values are Strings only
    private let tables: [String: [String: String]]
    private let values: [String: [String: Any]]
    private let islands: [String: MatrixIslandStrings]
    private let theme: LocalizedStrings

    init(_ theme: LocalizedStrings, languages: Set<String>) {
        var tables: [String: [String: String]] = [:]
        for language in languages { tables[language] = theme.table(for: language) }
        self.tables = tables
        values = tables.mapValues { $0 as [String: Any] }
        islands = tables.mapValues(MatrixIslandStrings.init(from:))
        self.theme = theme
    }

    func table(for language: String) -> [String: String] {
        tables[language] ?? theme.table(for: language)
    }

    /// What the matrices' JSON islands carry of the strings.
    func islandStrings(for language: String) -> MatrixIslandStrings {
        islands[language] ?? MatrixIslandStrings(from: table(for: language))
    }

    func values(for language: String) -> [String: Any] {
        values[language] ?? theme.table(for: language)
    }
}
