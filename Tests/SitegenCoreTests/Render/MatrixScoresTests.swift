import Testing
@testable import SitegenCore

@Suite struct MatrixScoresTests {
    typealias T = MatrixTestTable

    @Test func normalisesByPreference() {
        #expect(MatrixScores.normalize([10, 20, 30], prefer: .lower) == [1, 0.5, 0])
        #expect(MatrixScores.normalize([10, 20, 30], prefer: .higher) == [0, 0.5, 1])
        #expect(MatrixScores.normalize([10, nil, 30], prefer: .higher) == [0, nil, 1])
        #expect(MatrixScores.normalize([7, 7], prefer: .lower) == [1, 1], "equal values are all best")
    }

    @Test func placesUnlimitedOneStepPastTheFiniteValues() {
        // 1/week, 3/day, unlimited: unlimited is best when higher is better, without flattening the others.
        let values: [Double?] = [1.0 / 604_800, 3.0 / 86_400, .infinity]
        let higher = MatrixScores.normalize(values, prefer: .higher).map { $0! }
        #expect(higher[0] == 0 && higher[2] == 1)
        #expect(higher[1] > 0.3 && higher[1] < 0.6)
        let lower = MatrixScores.normalize(values, prefer: .lower).map { $0! }
        #expect(lower[0] == 1 && lower[2] == 0)
        // The step is relative: prices per byte per second (about 1e-17) are not flattened either.
        let perByte: [Double?] = [0.004 / 1e9 / 2_628_000, 0.023 / 1e9 / 2_628_000, .infinity]
        let tiny = MatrixScores.normalize(perByte, prefer: .higher).map { $0! }
        #expect(tiny[0] == 0 && tiny[2] == 1 && tiny[1] > 0.3 && tiny[1] < 0.6, "\(tiny)")
    }

    @Test func ranksOrderedCategoriesAndScoresWithWeights() {
        let table = T.table(options: ["注销账户", "解绑银行卡", "替换实名"], criteria: [
            ("恢复可能性", [("不可恢复", nil), ("可重新绑卡", nil), ("可再次更换", nil)]),
            ("风险", [("高", nil), ("中", nil), ("低", nil)]),
            ("数据留存", [("完全清除", nil), ("保留基础信息", nil), ("覆盖式更新", nil)]),
        ], fields: [T.recovery, T.field("风险", .category, prefer: .lower, categories: ["低", "中", "高"]), T.field("数据留存", .text)])
        let scores = MatrixScores(Matrix(table))
        #expect(scores.criteria[0].sortValues == [0, 2, 1])
        #expect(scores.criteria[0].normalized == [0, 1, 0.5])
        #expect(scores.criteria[1].normalized == [0, 0.5, 1])
        #expect(scores.criteria[2].isScored == false, "text without a direction contributes nothing")
        #expect(scores.criteria[2].normalized == [nil, nil, nil])
        let equal = scores.defaultWeights
        #expect(scores.score(option: 0, weights: equal) == 0)
        #expect(scores.score(option: 1, weights: equal) == 0.75)
        #expect(scores.score(option: 2, weights: equal) == 0.75)
        #expect(scores.ranking(weights: equal) == [1, 2, 0], "ties keep the table's order")
        // Recovery matters most: (4·1 + 2·0.5) / 6 beats (4·0.5 + 2·1) / 6.
        #expect(scores.ranking(weights: [.high, .normal, .normal]) == [1, 2, 0])
        #expect(scores.ranking(weights: [.ignore, .high, .normal]) == [2, 1, 0])
        #expect(scores.score(option: 0, weights: [.ignore, .ignore, .high]) == nil, "nothing weighted, no score")
    }

    @Test func scoresPricesInOneCurrencyWithFreeAsTheCheapest() {
        func typed(_ texts: [String]) -> [(String, CellValue?)] { texts.map { ($0, ValueParser.parse($0)) } }
        let table = T.table(options: ["A", "B", "C"], criteria: [
            ("价格", typed(["300元", "免费", "¥1,200"])),
            ("月费", typed(["每月10元", "免费", "20元/月"])),
            ("Price", typed(["$5", "300元", "$10"])),
        ], fields: [T.field("价格", .money, prefer: .lower), T.field("月费", .rate, prefer: .lower),
                    T.field("Price", .money, prefer: .lower)])
        let scores = MatrixScores(Matrix(table))
        #expect(scores.criteria[0].sortValues == [300, 0, 1_200])
        #expect(scores.criteria[0].isScored)
        #expect(scores.best(criterion: 0, among: [0, 1, 2]) == [1], "free is the cheapest")
        #expect(scores.criteria[1].isScored, "free fits money per month")
        #expect(scores.best(criterion: 1, among: [0, 1, 2]) == [1])
        #expect(!scores.criteria[2].isScored, "dollars and yuan compare only at an exchange rate")
    }

    @Test func missingValuesCountAsWorstAndBestNeedsADifference() {
        let table = T.table(options: ["A", "B", "C"], criteria: [
            ("恢复可能性", [("可重新绑卡", nil), ("", nil), ("可再次更换", nil)]),
            ("同样", [("可再次更换", nil), ("可再次更换", nil), ("可再次更换", nil)]),
        ], fields: [T.recovery, T.field("同样", .category, prefer: .higher, categories: T.recovery.categories)])
        let scores = MatrixScores(Matrix(table))
        #expect(scores.criteria[0].normalized == [1, nil, 0])
        #expect(scores.score(option: 1, weights: [.normal, .ignore]) == 0)
        #expect(scores.best(criterion: 0, among: [0, 1, 2]) == [0])
        #expect(scores.best(criterion: 0, among: [1, 2]) == [], "one value left: nothing to be best against")
        #expect(scores.best(criterion: 1, among: [0, 1, 2]) == [], "all equal: no best")
        #expect(scores.criteria[1].classes == [0, 0, 0])
        #expect(scores.criteria[0].classes == [0, 1, 2])
    }

    @Test func oneComparableValueIsNotScored() {
        let table = T.table(options: ["A", "B"], criteria: [("恢复可能性", [("不可恢复", nil), ("不知道", nil)])],
                            fields: [T.recovery])
        let scores = MatrixScores(Matrix(table))
        #expect(scores.criteria[0].sortValues == [0, nil])
        #expect(!scores.criteria[0].isScored && !scores.isScored)
    }

    @Test(.enabled(if: MatrixTestTable.hasTypedValues))
    func typedValuesSortByCanonicalValue() {
        let cases: [(String, Double)] = [
            ("3张/日", 3.0 / 86_400), ("5-10分钟", 300), ("约15分钟申请+60天冻结", 900 + 60 * 86_400), ("即时生效", 0),
        ]
        for (text, expected) in cases {
            let cell = T.cell(1, text, ValueParser.parse(text))
            let value = MatrixSortKey.value(of: cell, field: nil)
            #expect(value.map { abs($0 - expected) < 1e-9 } == true, "\(text)")
        }
        #expect(MatrixSortKey.value(of: T.cell(1, "无限制", ValueParser.parse("无限制")), field: nil) == .infinity)
    }

    @Test(.enabled(if: MatrixTestTable.hasTypedValues))
    func durationsScoreLowerIsBetterAndMixedKindsAreNotCompared() {
        let parse = { (text: String) in (text, Optional(ValueParser.parse(text))) }
        let table = T.table(options: ["注销账户", "解绑银行卡", "替换实名"], criteria: [
            ("操作耗时", [parse("约15分钟申请+60天冻结"), parse("即时生效"), parse("5-10分钟审核")]),
            ("混合", [parse("3张/日"), parse("5分钟"), parse("2次")]),
        ], fields: [T.field("操作耗时", .duration, prefer: .lower), T.field("混合", .any, prefer: .lower)])
        let scores = MatrixScores(Matrix(table))
        #expect(scores.criteria[0].normalized[1] == 1 && scores.criteria[0].normalized[0] == 0)
        #expect(scores.best(criterion: 0, among: [0, 2]) == [2])
        #expect(!scores.criteria[1].isScored)
    }

    /// The scoring as first written (every cell copied into an optional, classes by comparing copies):
    /// what `MatrixScores.criterion`, which reads the cells in place, is checked against.
    static func referenceCriterion(_ criterion: Matrix.Criterion, optionCount: Int) -> MatrixScores.Criterion {
        let cells = (0..<optionCount).map { $0 < criterion.values.count ? criterion.values[$0] : nil }
        let field = criterion.field
        let sortValues = cells.map { cell in cell.flatMap { MatrixSortKey.value(of: $0, field: field) } }
        func same(_ a: TableCell?, _ b: TableCell?) -> Bool {
            guard let a, let b else { return a == nil && b == nil }
            if let field, !field.categories.isEmpty, let ra = field.rank(of: a.text), let rb = field.rank(of: b.text) { return ra == rb }
            return a.value.isEquivalent(to: b.value)
        }
        var representatives: [TableCell?] = []
        let classes = cells.map { cell in
            if let index = representatives.firstIndex(where: { same($0, cell) }) { return index }
            representatives.append(cell)
            return representatives.count - 1
        }
        let prefer = field?.prefer ?? .none
        let dimensions = Set(cells.compactMap { cell -> ValueDimension? in
            guard let cell, cell.value.sortValue != nil, cell.value.dimension != .none else { return nil }
            return cell.value.dimension
        })
        let categorical = !(field?.categories.isEmpty ?? true)
        let comparable = prefer != .none && sortValues.compactMap { $0 }.count >= 2 && (categorical || dimensions.count <= 1)
        let normalized = comparable ? MatrixScores.normalize(sortValues, prefer: prefer) : sortValues.map { _ in nil }
        return MatrixScores.Criterion(isScored: comparable, sortValues: sortValues, normalized: normalized, classes: classes)
    }

    @Test("random matrices: the same scoring as the reference (categories, mixed units, blanks, short rows)")
    func sameAsReference() {
        var random = SeededGenerator(state: 20_261_206)
        let texts = ["", "5分钟", "5-10分钟", "5~10 min", "300秒", "3张/日", "无限制", "50%", "0.5", "yes", "否", "高", "中", "低",
                     "不可恢复", "可重新绑卡", "可再次更换", "1年", "12个月", "n/a", "2 GB", "2048 MB"]
        let categories = [[], ["低", "中", "高"], T.recovery.categories]
        var scored = 0
        for _ in 0..<2_000 {
            let optionCount = Int.random(in: 1...5, using: &random)
            let criteria = (0..<Int.random(in: 1...4, using: &random)).map { index in
                ("c\(index)", (0..<Int.random(in: 0...optionCount, using: &random)).map { _ -> (String, CellValue?) in
                    let text = texts.randomElement(using: &random)!
                    return (text, ValueParser.parse(text))
                })
            }
            let fields = criteria.map { criterion in
                T.field(criterion.0, .any, prefer: [.none, .lower, .higher].randomElement(using: &random)!,
                        categories: categories.randomElement(using: &random)!)
            }
            let matrix = Matrix(T.table(options: (0..<optionCount).map { "o\($0)" }, criteria: criteria, fields: fields))
            let scores = MatrixScores(matrix)
            for (index, criterion) in matrix.criteria.enumerated() {
                let reference = Self.referenceCriterion(criterion, optionCount: matrix.options.count)
                #expect(scores.criteria[index] == reference, "\(criteria[index])")
                if reference.isScored { scored += 1 }
            }
        }
        #expect(scored > 100)  // (134 of them with this seed)
    }
}
