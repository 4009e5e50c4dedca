import Testing
@testable import SitegenCore

/// Decision-table analysis on the worked examples of Calvanese et al.,
/// "Semantics and Analysis of DMN Decision Tables" (BPM 2016): rules read as
/// boxes in the input space, overlaps as intersecting boxes, missing rules as
/// what remains of the domain once every box is taken away.
@Suite struct DecisionTableTests {
    /// The two-input geometric example (four rules as rectangles over
    /// x ∈ [0, 7] × y ∈ [0, 6]; R1 and R3 overlap; the rest leaves gaps).
    static func geometric(policy: String, r3: String = "R3") -> String {
        """
        <!-- sitegen:table
        kind: rules
        hit-policy: \(policy)
        schema:
          fields:
            - {name: x, type: number, constraints: {minimum: 0, maximum: 7}}
            - {name: y, type: number, constraints: {minimum: 0, maximum: 6}}
            - {name: rule}
        -->
        | # | x | y | rule |
        |---|---|---|---|
        | 1 | [0..4] | [0..2] | R1 |
        | 2 | [1..3] | [5..6] | R2 |
        | 3 | [2..5] | [1..4] | \(r3) |
        | 4 | [6..7] | [0..3] | R4 |
        """
    }

    static func findings(_ markdown: String) -> [String] {
        Checker().check(TestSite.site(markdown)).map { "\($0.name)@\($0.range?.start.line ?? 0): \($0.message)" }
    }

    @Test("the entries of one input measure one thing: the declared type and currency, else the others'")
    func entriesMeasureOneThing() {
        let undeclared = Self.findings("""
            <!-- sitegen:table {kind: rules, hit-policy: U} -->
            | 耗时 | 结果 |
            |---|---|
            | < 5分钟 | 快 |
            | 5-10分钟 | 中 |
            | > 10 | 慢 |
            """)
        #expect(undeclared == ["rules-entry-type@6: '> 10' has no unit, but the other entries of input '耗时' are durations: "
            + "its number would be read as seconds"])
        let declared = Self.findings("""
            <!-- sitegen:table {kind: rules, hit-policy: U, schema: {fields: [{name: 预算, type: money, unit: 元}, {name: 结果}]}} -->
            | 预算 | 结果 |
            |---|---|
            | < 500 | 甲 |
            | $50 | 乙 |
            | 5天 | 丙 |
            """)
        #expect(declared == ["rules-entry-type@5: '$50' is in USD, but input '预算' is in CNY",
                             "rules-entry-type@6: '5天' is a duration, but input '预算' is declared an amount of money"])
        let seats = Self.findings("""
            <!-- sitegen:table {kind: rules, hit-policy: U} -->
            | Price | Plan |
            |---|---|
            | <= $10/user/month | Team |
            | ($10/user/month..$20/user/month] | Business |
            | > $500/month | Enterprise |
            """)
        #expect(seats == ["rules-entry-type@6: '> $500/month' is not per seat, but the other entries of input 'Price' are"])
    }

    @Test("gaps and overlaps are told in the input's unit: minutes, prices per GB, not seconds or amounts per byte")
    func regionsInTheInputsUnit() {
        let durations = Self.findings("""
            <!-- sitegen:table {kind: rules, hit-policy: U} -->
            | 耗时 | 方式 |
            |---|---|
            | < 10分钟 | 快 |
            | [20 min..1 hour] | 中 |
            | >= 45分钟 | 慢 |
            """)
        #expect(durations == [
            "rules-gap@2: decision table 'table-1': no rule covers 耗时 in [10 min..20 min)",
            "rules-conflict@6: rules 2 and 3 both match 耗时 in [45 min..60 min] but give '中' and '慢'",
        ])
        let storage = Self.findings("""
            <!-- sitegen:table {kind: rules, hit-policy: U} -->
            | Price | Tier |
            |---|---|
            | < $0.01/GB/month | Archive |
            | [$10/TB/month..$0.02/GB/month] | Cool |
            | > $0.025/GB/month | Hot |
            """)
        // ($10/TB/month is $0.01/GB/month: the two rules meet at no point, though the roads to the two
        // numbers differ in their last bit.)
        #expect(storage == ["rules-gap@2: decision table 'table-1': no rule covers Price in (0.02 USD/month per GB..0.025 USD/month per GB]"])
    }

    @Test func geometricGapsUnderFirst() {
        #expect(Self.findings(Self.geometric(policy: "F")) == [
            "rules-gap@10: decision table 'table-1': no rule covers x in (3..4], y in (4..6]",
            "rules-gap@10: decision table 'table-1': no rule covers x in (4..5], y in [0..1) or in (4..6]",
            "rules-gap@10: decision table 'table-1': no rule covers x in (5..6)",
            "rules-gap@10: decision table 'table-1': no rule covers x in [0..1), y in (2..6]",
            "rules-gap@10: decision table 'table-1': no rule covers x in [1..2), y in (2..5)",
            "rules-gap@10: decision table 'table-1': no rule covers x in [2..3], y in (4..5)",
            "rules-gap@10: decision table 'table-1': no rule covers x in [6..7], y in (3..6]",
        ])
    }

    @Test func geometricOverlapIsAConflictUnderUniqueAndAny() {
        for policy in ["U", "A"] {
            let found = Self.findings(Self.geometric(policy: policy)).filter { !$0.hasPrefix("rules-gap") }
            #expect(found == ["rules-conflict@14: rules 1 and 3 both match x in [2..4], y in [1..2] but give 'R1' and 'R3'"])
        }
    }

    @Test func geometricOverlapWithEqualOutputsIsAnOverlapUnderUniqueOnly() {
        let unique = Self.findings(Self.geometric(policy: "U", r3: "R1")).filter { !$0.hasPrefix("rules-gap") }
        #expect(unique == ["rules-overlap@14: rules 1 and 3 both match x in [2..4], y in [1..2], but the hit policy is U (unique)"])
        #expect(Self.findings(Self.geometric(policy: "A", r3: "R1")).filter { !$0.hasPrefix("rules-gap") }.isEmpty)
        #expect(Self.findings(Self.geometric(policy: "C", r3: "R1")).filter { !$0.hasPrefix("rules-gap") }.isEmpty)
    }

    /// A complete table under U: an age range and a risk, `not(低)` and `-` among the entries.
    static let review = """
        <!-- sitegen:table {kind: rules, hit-policy: U} -->
        | 年龄 | 风险 | 结果 |
        |---|---|---|
        | < 18 | - | 拒绝 |
        | [18..65] | 低 | 通过 |
        | [18..65] | not(低) | 复核 |
        | > 65 | - | 复核 |
        """

    @Test func completeTableHasNoGaps() {
        #expect(Self.findings(Self.review).isEmpty)
    }

    /// Categorical and numeric inputs under the priority policy: the output
    /// values are listed highest priority first, as in DMN.
    static let loans = """
        <!-- sitegen:table
        kind: rules
        hit-policy: P
        schema:
          fields:
            - {name: 信用等级, type: category, categories: [A, B, C]}
            - {name: 年收入, type: number, constraints: {minimum: 0}}
            - {name: 决定, type: category, constraints: {enum: [拒绝, 复核, 批准]}}
        -->
        | 信用等级 | 年收入 | 决定 |
        |---|---|---|
        | C | - | 拒绝 |
        | A, B | >= 100000 | 批准 |
        | A | [50000..100000) | 批准 |
        | B | < 100000 | 复核 |
        | A | >= 200000 | 复核 |
        | A | >= 300000 | 批准 |
        """

    @Test func priorityShadowsALowerPriorityRuleAndFindsTheMissingIncomeBand() {
        #expect(Self.findings(Self.loans) == [
            "rules-gap@10: decision table 'table-1': no rule covers 信用等级 = A, 年收入 in [0..50000)",
            "rules-shadowed@17: rule 6 never fires: rules with a higher-priority output (5) match every input it matches",
        ])
    }

    @Test func firstShadowsRulesBelowACatchAll() {
        let table = """
            <!-- sitegen:table {kind: rules, hit-policy: F} -->
            | 年龄 | 结果 |
            |---|---|
            | < 18 | 拒绝 |
            | - | 通过 |
            | >= 65 | 复核 |
            """
        #expect(Self.findings(table) == [
            "rules-shadowed@6: rule 3 never fires: earlier rules (2) match every input it matches",
        ])
    }

    @Test func hitPolicyInTheCornerDMNStyle() {
        let table = """
            <!-- sitegen:table {kind: rules} -->
            | U | Age | Credit Score | Loan Approved |
            |---|---|---|---|
            | 1 | < 18 | - | false |
            | 2 | >= 18 | > 700 | true |
            | 3 | >= 18 | <= 700 | false |
            """
        #expect(Self.findings(table).isEmpty)
    }

    @Test func entryParserReadsUnaryTests() {
        func set(_ text: String) -> NumericSet? {
            if case .numeric(let set) = EntryParser.parse(text) { return set }
            return nil
        }
        #expect(set("[1..5)") == NumericSet([NumericInterval(lower: 1, lowerClosed: true, upper: 5, upperClosed: false)]))
        #expect(set(">= 18") == NumericSet([NumericInterval(lower: 18, lowerClosed: true, upper: .infinity, upperClosed: false)]))
        #expect(set("<3, >10")?.intervals.count == 2)
        #expect(set("not(4)")?.intervals.count == 2)
        #expect(set("5-10分钟") == NumericSet([NumericInterval(lower: 300, lowerClosed: true, upper: 600, upperClosed: true)]))
        #expect(set("<= 5分钟") == NumericSet([NumericInterval(lower: -.infinity, lowerClosed: false, upper: 300, upperClosed: true)]))
        #expect(EntryParser.parse("-") == .any)
        #expect(EntryParser.parse("\"Gold\", silver") == .text(["gold", "silver"], negated: false))
        #expect(EntryParser.parse("是") == .text(["true"], negated: false))
    }

    @Test func hitPolicies() {
        #expect(HitPolicy.parse("u") == .success(.unique))
        #expect(HitPolicy.parse("Rule Order") == .success(.ruleOrder))
        #expect(HitPolicy.parse("C#") == .success(.collect("#")))
        guard case .failure(let problem) = HitPolicy.parse("U+") else { Issue.record("U+ accepted"); return }
        #expect(problem.message == "aggregation '+' only applies to C (collect), not to 'U'")
        guard case .failure = HitPolicy.parse("X") else { Issue.record("X accepted"); return }
    }

    @Test func countsOnlyHaveWholeNumberGaps() {
        let table = """
            <!-- sitegen:table {kind: rules, hit-policy: U, schema: {fields: [{name: 张数, type: count}, {name: 结果}]}} -->
            | 张数 | 结果 |
            |---|---|
            | [0..3] | 少 |
            | [4..10] | 中 |
            | > 10 | 多 |
            """
        #expect(Self.findings(table).isEmpty)
    }

    @Test("entry lists split on commas (, ， 、) outside brackets and quotes only")
    func entryListSplitting() {
        #expect(EntryParser.split("a, b，c、d") == ["a", "b", "c", "d"])
        #expect(EntryParser.split("\"x, y\", z") == ["\"x, y\"", "z"])
        #expect(EntryParser.split("[1，5), (7、9], 12") == ["[1，5)", "(7、9]", "12"])
    }

    @Test("a comma in a number is no list's: thousands with a decimal point, decimals with a decimal comma")
    func commasInNumbers() {
        #expect(EntryParser.split("< 1,000") == ["< 1,000"])
        #expect(EntryParser.split(">= $5,000,000, 7") == [">= $5,000,000", "7"])
        #expect(EntryParser.split("1,2,3") == ["1", "2", "3"])
        #expect(EntryParser.split("100, 200") == ["100", "200"])
        #expect(EntryParser.split("0,500") == ["0", "500"])
        #expect(EntryParser.split("1,0000") == ["1", "0000"])
        #expect(EntryParser.split("1.5,000") == ["1.5", "000"])
        #expect(EntryParser.split(">= 1,5, < 0,5", numbers: .decimalComma) == [">= 1,5", "< 0,5"])
        #expect(EntryParser.split("a,b", numbers: .decimalComma) == ["a", "b"])
        #expect(EntryParser.parse("< 1,000") == EntryParser.parse("< 1000"))
        #expect(EntryParser.parse("< 1.000 €", numbers: .decimalComma) == EntryParser.parse("< 1000 €"))
        #expect(EntryParser.parse(">= 1,5", numbers: .decimalComma) == EntryParser.parse(">= 1.5"))
        let table = """
            <!-- sitegen:table {kind: rules, hit-policy: U} -->
            | Amount | Tier |
            |---|---|
            | < 1,000 | A |
            | [1,000..5,000) | B |
            | >= $5,000 | C |
            """
        #expect(Self.findings(table).isEmpty, "\(Self.findings(table))")
    }
}
