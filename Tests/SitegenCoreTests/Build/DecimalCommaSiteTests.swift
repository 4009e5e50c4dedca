import Testing
@testable import SitegenCore

/// A German site: its numbers read as German writes them (`1.000 €` is a thousand euros, `1,5 kg` one
/// and a half kilograms) in every place a number is read: cells, a matrix's sort order and
/// constraints, a rule table's entries, a schema file's bounds, and its English translation's
/// values compared with them.
@Suite struct DecimalCommaSiteTests {
    static func files(language: String = "de") -> [String: String] {
        [
            "sitegen.yml": "title: Tarife\nlanguage: \(language)\nlanguages: [en]\nrules: {matrix-unknown-option: off}\n",
            "Content/_schemas/tarif.yml": """
                fields:
                  - {name: Tarif, type: text}
                  - {name: Preis, type: money, prefer: lower, constraints: {maximum: 2.000 €}}
                  - {name: Gewicht, type: count, prefer: lower}

                """,
            "Content/_index.md": """
                ---
                title: Tarife
                ---

                <!-- sitegen:table {id: tarife, kind: matrix, options: rows, schema: tarif, constraints: [{id: budget, label: Günstig, requires: {Preis: '<= 1.200 €'}}]} -->
                | Tarif | Preis | Gewicht |
                |---|---|---|
                | Basis | 1.000 € | 1,5 kg |
                | Plus | 1.500 € | 2 kg |
                | Mini | 999 € | 0,8 kg |

                <!-- sitegen:table {id: stufe, kind: rules, hit-policy: U} -->
                | Betrag | Gewicht | Stufe |
                |---|---|---|
                | < 1.000 € | < 1,5 kg | A |
                | < 1.000 € | >= 1,5 kg | B |
                | [1.000 €..2.000 €] | - | C |
                | > 2.000 € | - | D |

                """,
            "Content/en/_index.md": """
                ---
                title: Plans
                ---

                | Plan | Price | Weight |
                |---|---|---|
                | Basis | €1,000 | 1.5 kg |
                | Plus | €1,500 | 2 kg |
                | Mini | €999 | 0.8 kg |

                | Amount | Weight | Tier |
                |---|---|---|
                | < €1,000 | < 1.5 kg | A |
                | < €1,000 | >= 1.5 kg | B |
                | [€1,000..€2,000] | - | C |
                | > €2,000 | - | D |

                """,
        ]
    }

    @Test("a German site reads 1.000 € as a thousand and 1,5 kg as one and a half, everywhere: no finding")
    func germanNumbers() throws {
        let site = try TemporarySite(files: Self.files())
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success && report.diagnostics.isEmpty, "\(report.diagnostics)")
        let page = try site.read("public/index.html")
        #expect(try #require(RenderedMatrix.sortValue(of: "1.000 €", in: page)) == 1_000)
        #expect(try #require(RenderedMatrix.sortValue(of: "1.500 €", in: page)) == 1_500)
        #expect(page.contains("999 €<span class=\"best-mark\">"))
        #expect(page.contains("0,8 kg<span class=\"best-mark\">"))
        // 1.500 € is above the budget of 1.200 €; 1.000 € and 999 € are not.
        #expect(page.contains("\"constraints\":[{\"excludes\":[1]"))
        // The reader can ask the rule table: its amounts are the rules' bounds as written.
        #expect(page.contains(">&lt; 1.000 €<") && page.contains(">&gt; 2.000 €<"), "the questions' answers")
    }

    @Test("the same site read as English finds what the German numbers mean there")
    func readAsEnglish() throws {
        let site = try TemporarySite(files: Self.files(language: "en"))
        defer { site.remove() }
        let diagnostics = site.build().diagnostics
        let found = diagnostics.map { "\($0.range?.start.line ?? 0) \($0.name): \($0.message)" }
        // The cell written the other way is where the finding points to as well.
        #expect(diagnostics.first?.related.map { "\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0) \($0.message)" }
                == ["8:21 written with a decimal comma here"])
        // 1.000 € is then one euro and 1,5 kg a list of 1 and 5 kg in a rule's entry.
        #expect(found == [
            "8 number-ambiguous: '1.000 €' reads as 1, not 1000: the page's language (en) writes a decimal point, but the page writes a decimal comma elsewhere ('1,5 kg', line 8)",
            "9 number-ambiguous: '1.500 €' reads as 1.5, not 1500: the page's language (en) writes a decimal point, but the page writes a decimal comma elsewhere ('1,5 kg', line 8)",
            "10 cell-constraint: '999 €' is above the maximum of 'Preis' (2.000 €)",
            "16 rules-conflict: rules 1 and 2 both match Betrag < 1 EUR, Gewicht = 5000 g but give 'A' and 'B'",
        ], "\(found)")
    }

    @Test("the translation's values are held to the German ones by what they mean")
    func translationComparedByMeaning() throws {
        var files = Self.files()
        files["Content/en/_index.md"] = files["Content/en/_index.md"]!.replacingOccurrences(of: "€1,500", with: "€1,600")
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        let found = site.build().diagnostics.map { "\($0.file):\($0.range?.start.line ?? 0) \($0.name)" }
        #expect(found == ["Content/en/_index.md:8 translation-drift"], "\(found)")
    }
}
