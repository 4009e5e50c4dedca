import Testing
@testable import SitegenCore

/// The questions a decision table asks its reader: answers are the values and ranges its rules tell
/// apart, each with the rules it matches.
@Suite struct DecisionHelperTests {
    static func helper(_ markdown: String) -> DecisionHelper? {
        DecisionHelper(parsePage(markdown).tables[0])
    }

    static func answers(_ helper: DecisionHelper?) -> [[String]] {
        helper?.questions.map { $0.choices.map { "\($0.label.isEmpty ? "(other)" : $0.label) → \($0.rules)" } } ?? []
    }

    @Test("numbers: the ranges between the rules' bounds, merged where they match the same rules; text: the values, then other")
    func rangesAndValues() throws {
        let helper = try #require(Self.helper(DecisionTableTests.review))
        #expect(helper.questions.map(\.name) == ["年龄", "风险"])
        #expect(Self.answers(helper) == [
            ["< 18 → [0]", "18 – 65 → [1, 2]", "> 65 → [3]"],
            ["低 → [0, 1, 3]", "(other) → [0, 2, 3]"],
        ])
        #expect(helper.policy == "U" && helper.outputColumns == [2] && helper.ranks == nil)
    }

    @Test("bounds are shown as the entries wrote them; a range no rule covers is an answer matching none")
    func writtenBoundsAndGaps() {
        let helper = Self.helper("""
            <!-- sitegen:table {kind: rules, hit-policy: F} -->
            | 耗时 | 做法 |
            |---|---|
            | < 10分钟 | 等 |
            | [10分钟..1小时] | 打电话 |
            | > 2 hours | 投诉 |
            """)
        #expect(Self.answers(helper) == [
            ["< 10分钟 → [0]", "10分钟 – 1小时 → [1]", "> 1小时, ≤ 2 hours → []", "> 2 hours → [2]"],
        ])
    }

    @Test("entries that are yes or no words ask yes or no, the other answer in the table's words")
    func yesOrNo() {
        let english = Self.helper("""
            <!-- sitegen:table {kind: rules, hit-policy: F} -->
            | Verified | Action |
            |---|---|
            | Yes | Approve |
            | - | Review |
            """)
        #expect(Self.answers(english) == [["Yes → [0, 1]", "No → [1]"]])
        let chinese = Self.helper("""
            <!-- sitegen:table {kind: rules, hit-policy: U} -->
            | 已实名 | 做法 |
            |---|---|
            | 否 | 注销 |
            | not(否) | 解绑 |
            """)
        #expect(Self.answers(chinese) == [["是 → [1]", "否 → [0]"]])
        let both = Self.helper("<!-- sitegen:table {kind: rules, hit-policy: U} -->\n| ja? | x |\n|---|---|\n| ja | a |\n| nein | b |\n")
        #expect(Self.answers(both) == [["ja → [0]", "nein → [1]"]])
    }

    @Test("every yes or no word's opposite reads as the other answer, in the same case",
          arguments: WholeCellWords.opposites.keys.map(\.text))
    func oppositeWords(_ word: String) throws {
        let other = try #require(WholeCellWords.opposite(of: word))
        let value = ValueParser.parse(word), opposite = ValueParser.parse(other)
        #expect(value.isBoolean && opposite.isBoolean && value != opposite, "\(word) → \(other)")
        #expect(WholeCellWords.opposite(of: "Yes") == "No" && WholeCellWords.opposite(of: "NO") == "YES")
        #expect(WholeCellWords.opposite(of: "maybe") == nil)
    }

    @Test("collected outputs add up when each is one number written alike; otherwise the rules are listed")
    func aggregates() {
        typealias Aggregate = DecisionHelper.Aggregate
        #expect(DecisionHelper.aggregate(of: ["$5", "$2.50", "$1"], numbers: .decimalPoint)
            == Aggregate(values: [5, 2.5, 1], format: "${n}", digits: 2, decimalSeparator: "."))
        #expect(DecisionHelper.aggregate(of: ["10分", "-5分"], numbers: .decimalPoint)
            == Aggregate(values: [10, -5], format: "{n}分", digits: 0, decimalSeparator: "."))
        #expect(DecisionHelper.aggregate(of: ["2,5 €", "1 €"], numbers: .decimalComma)
            == Aggregate(values: [2.5, 1], format: "{n} €", digits: 1, decimalSeparator: ","))
        #expect(DecisionHelper.aggregate(of: ["10", "5"], numbers: .decimalPoint)?.format == "{n}")
        #expect(DecisionHelper.aggregate(of: ["$1,000.50", "$5"], numbers: .decimalPoint)?.values == [1_000.5, 5])
        #expect(DecisionHelper.aggregate(of: ["1.000,00 €", "2,50 €"], numbers: .decimalComma)?.values == [1_000, 2.5])
        // Outputs written in groups of thousands give a result in groups; without, none.
        #expect(DecisionHelper.aggregate(of: ["1.000,00 €", "2,50 €"], numbers: .decimalComma)?.groupSeparator == ".")
        #expect(DecisionHelper.aggregate(of: ["$1,000.50", "$5"], numbers: .decimalPoint)?.groupSeparator == ",")
        #expect(DecisionHelper.aggregate(of: ["$1000.50", "$5"], numbers: .decimalPoint)?.groupSeparator == nil)
        #expect(DecisionHelper.aggregate(of: ["1.000,00 €", "2,50 €"], numbers: .decimalComma)?.numberFormat
            == #"["de",{"minimumFractionDigits":2,"maximumFractionDigits":2,"useGrouping":true}]"#)
        #expect(DecisionHelper.aggregate(of: ["10分", "-5分"], numbers: .decimalPoint)?.numberFormat
            == #"["en",{"minimumFractionDigits":0,"maximumFractionDigits":0,"useGrouping":false}]"#)
        for outputs in [["$5", "5元"], ["$5", "-"], ["10 or 20"], ["1,00", "5"], ["v1.2", "3"], ["5", ""], [String]()] {
            #expect(DecisionHelper.aggregate(of: outputs, numbers: .decimalPoint) == nil, "\(outputs)")
        }
        let helper = Self.helper("<!-- sitegen:table {kind: rules, hit-policy: C+} -->\n| a | b |\n|---|---|\n| yes | $5 |\n| - | $1 |\n")
        #expect(helper?.aggregate?.values == [5, 1])
        let listed = Self.helper("<!-- sitegen:table {kind: rules, hit-policy: C} -->\n| a | b |\n|---|---|\n| yes | $5 |\n| - | $1 |\n")
        #expect(listed != nil && listed?.aggregate == nil)
    }

    @Test("on a page that writes a decimal comma, entries read so and bounds no entry wrote are shown so")
    func decimalCommaPage() {
        let helper = Self.helper("""
            ---
            lang: de
            ---

            <!-- sitegen:table {kind: rules, hit-policy: F, schema: {fields: [{name: Gewicht, type: count, unit: kg, constraints: {maximum: '2,5 kg'}}, {name: Versand}]}} -->
            | Gewicht | Versand |
            |---|---|
            | < 1,5 kg | Brief |
            | >= 1,5 kg | Paket |
            """)
        #expect(Self.answers(helper) == [["< 1,5 kg → [0]", "1,5 kg – 2,5 kg → [1]"]], "\(Self.answers(helper))")
    }

    @Test("a declared domain bounds the ranges and orders the values; counts skip ranges without a whole number")
    func declaredDomain() {
        let helper = Self.helper("""
            <!-- sitegen:table {kind: rules, hit-policy: F, schema: {fields: [{name: 人数, type: count, constraints: {minimum: 1, maximum: 10}}, {name: 等级, constraints: {enum: [高, 中, 低]}}, {name: 结果}]}} -->
            | 人数 | 等级 | 结果 |
            |---|---|---|
            | <= 3 | 低 | 单人 |
            | > 3 | - | 团队 |
            | - | 高, 中 | 复核 |
            """)
        #expect(Self.answers(helper) == [
            ["1 – 3 → [0, 2]", "> 3, ≤ 10 → [1, 2]"],
            ["高 → [1, 2]", "中 → [1, 2]", "低 → [0, 1]"],
        ])
    }

    @Test("priority and output order rank the rules by the output's declared values")
    func priorityRanks() {
        let helper = Self.helper("""
            <!-- sitegen:table {kind: rules, hit-policy: P, schema: {fields: [{name: Plan}, {name: Channel, constraints: {enum: [Phone, Email, Forum]}}]}} -->
            | Plan | Channel |
            |---|---|
            | - | Forum |
            | Pro, Team | Email |
            | Team | Phone |
            """)
        #expect(helper?.policy == "P" && helper?.ranks == [2, 1, 0])
    }

    @Test("a table sitegen cannot analyse asks nothing: unknown policy, an entry problem, a plain table")
    func nothingToAsk() {
        #expect(Self.helper("<!-- sitegen:table {kind: rules, hit-policy: X} -->\n| a | b |\n|---|---|\n| 1 | x |\n") == nil)
        #expect(Self.helper("<!-- sitegen:table {kind: rules} -->\n| a | b |\n|---|---|\n| < 5分钟 | x |\n| > 10分钟 | z |\n| > 3张 | y |\n") == nil)
        #expect(Self.helper("| a | b |\n|---|---|\n| 1 | x |\n") == nil)
        // More thresholds than answers could be shown: left as a table.
        let fine = (1...60).map { "| [\($0)..\($0).5] | r\($0) |" }.joined(separator: "\n")
        #expect(Self.helper("<!-- sitegen:table {kind: rules, hit-policy: F} -->\n| a | b |\n|---|---|\n" + fine + "\n") == nil)
        #expect(Self.helper("<!-- sitegen:table {kind: rules, hit-policy: F} -->\n| a | b |\n|---|---|\n"
            + fine.split(separator: "\n").prefix(5).joined(separator: "\n") + "\n") != nil)
    }

    @Test("the page holds the questions, hidden until the script runs; a plain table gets none")
    func renderedForm() throws {
        let site = try TemporarySite(files: [
            "sitegen.yml": "title: T\nlanguage: en\n",
            "Content/_index.md": """
                ---
                title: T
                ---

                <!-- sitegen:table {id: review, kind: rules, hit-policy: U} -->
                | Age | Outcome |
                |---|---|
                | < 18 | Decline |
                | >= 18 | Approve |

                | Plain | Table |
                |---|---|
                | 1 | 2 |

                """,
        ])
        defer { site.remove() }
        #expect(site.build().outcome == .success)
        let page = try site.read("public/index.html")
        #expect(page.contains("<form class=\"decide\" data-table=\"tbl-review\" data-policy=\"U\" data-outputs=\"1\" "
            + "data-result=\"Result: {list}\" data-none=\"No rule covers this case.\" "
            + "data-incomplete=\"Answer every question to see the result.\" data-separator=\", \" hidden>"))
        #expect(page.contains("<label>Age <select data-q=\"0\"><option value=\"\">Choose…</option>"
            + "<option value=\"0\">&lt; 18</option><option value=\"1\">≥ 18</option></select></label>"))
        #expect(page.components(separatedBy: "<form class=\"decide\"").count == 2, "one form: the plain table has none")
    }
}
