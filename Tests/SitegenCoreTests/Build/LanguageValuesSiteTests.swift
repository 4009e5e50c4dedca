import Testing
@testable import SitegenCore

/// A decision page written in German and one in Russian: their matrices' durations, rates and
/// bounds are typed (no findings) and sort by their values, under interface strings of their language.
@Suite struct LanguageValuesSiteTests {
    static let files: [String: String] = [
        "sitegen.yml": "title: Vergleich\nlanguage: de\n",
        "Content/_index.md": "---\ntitle: Start\n---\n\nWillkommen.\n",
        "Content/vergleich.md": """
            ---
            title: Wege zur Kontolöschung
            ---

            ## Vergleich

            <!-- sitegen:table {id: wege, kind: matrix, options: rows, option-label: Weg, schema: {fields: [{name: Dauer, type: duration, prefer: lower}, {name: Häufigkeit, type: rate}, {name: Ausweis, type: boolean, prefer: lower}, {name: Versuche, type: count}]}} -->
            | Weg | Dauer | Häufigkeit | Ausweis | Versuche |
            |---|---|---|---|---|
            | Online | 15 Minuten | 3 Mal pro Woche | nein | unbegrenzt |
            | Telefon | 2-3 Stunden | täglich | ja | 3 |
            | Filiale | 3 bis 5 Werktage | 1 Mal pro Monat | Ja | höchstens 2 |

            ## Online

            Im Browser.

            ## Telefon

            Beim Kundendienst.

            ## Filiale

            Mit Ausweis.

            """,
        "Content/sravnenie.md": """
            ---
            title: Сравнение
            lang: ru
            ---

            <!-- sitegen:table {id: sposoby, kind: matrix, options: rows, option-label: Способ, schema: {fields: [{name: Срок, type: duration, prefer: lower}]}} -->
            | Способ | Срок |
            |---|---|
            | Онлайн | около 10 минут |
            | Отделение | от 3 до 5 рабочих дней |

            ## Онлайн

            Текст.

            ## Отделение

            Текст.

            """,
    ]

    @Test("durations in German and Russian are typed: the build has no finding, cells sort by seconds")
    func typedMatrix() throws {
        let site = try TemporarySite(files: Self.files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success, "\(report.diagnostics)")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let german = try site.read("public/vergleich/index.html")
        for seconds in ["900", "7200", "259200"] {  // 15 Minuten, 2-3 Stunden, 3 bis 5 Werktage
            #expect(german.contains("data-sort-value=\"\(seconds)\""), "\(seconds)")
        }
        #expect(german.contains(">Zum Inhalt springen</a>") && german.contains(">Ansicht zurücksetzen</button>"),
                "the German interface strings")
        let russian = try site.read("public/sravnenie/index.html")
        #expect(russian.contains(">Перейти к содержимому</a>"), "the Russian interface strings")
        #expect(russian.contains("data-sort-value=\"600\""))  // около 10 минут
        #expect(russian.contains("data-sort-value=\"259200\""))  // от 3 до 5 рабочих дней
    }

    @Test("a cell that is no value of its type gets a hint with examples in the page's language")
    func hintInThePagesLanguage() throws {
        var files = Self.files
        files["Content/vergleich.md"] = files["Content/vergleich.md"]!.replacingOccurrences(of: "| 15 Minuten |", with: "| bald |")
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome != .success)
        let finding = try #require(report.diagnostics.first { $0.name == "cell-type-mismatch" })
        #expect(finding.range?.start.line == 10)
        #expect(finding.message == "\"bald\" is not a duration ('Dauer' is declared duration)")
        #expect(finding.hint == "write a number and a unit, e.g. 5分钟, 3-7个工作日 or 2 hours (German: 15 Minuten, 3 bis 5 Werktage)")
    }
}
