import Testing
@testable import SitegenCore

/// The decision analyses stay linear in what they report and bounded in what
/// they compute, however hostile the table (the fuzzer's 16 KB inputs hold
/// over a thousand rules).
@Suite struct DecisionAnalysisBoundsTests {
    static func table(policy: String, rows: [String]) -> String {
        "<!-- sitegen:table {kind: rules, hit-policy: \(policy)} -->\n| a | 结果 |\n|---|---|\n"
            + rows.map { "| \($0) |\n" }.joined()
    }

    @Test("n rules that all overlap give one finding per rule, naming the others")
    func onePairFindingPerRule() {
        let rows = (0..<200).map { "- | r\($0 % 2)" }
        let found = DecisionTableTests.findings(Self.table(policy: "U", rows: rows))
        let conflicts = found.filter { $0.hasPrefix("rules-conflict") }
        let duplicates = found.filter { $0.hasPrefix("rules-duplicate") }
        // Every rule after the first conflicts with an earlier one; from rule 3 on each also repeats one.
        #expect(conflicts.count == 199 && duplicates.count == 198, "\(found.count) findings")
        #expect(conflicts[0] == "rules-conflict@5: rules 1 and 2 both match any input but give 'r0' and 'r1'")
        #expect(conflicts[2] == "rules-conflict@7: rules 1 and 4 both match any input but give 'r0' and 'r1'; rule 4 also conflicts with rule 3")
        #expect(conflicts.last!.hasSuffix("rule 200 also conflicts with rules 3, 5, 7, 9, 11 and 94 more"))
        #expect(duplicates.last == "rules-duplicate@203: rule 200 repeats rule 2 (same inputs, same outputs)")
    }

    @Test("a rule overlapping several earlier ones under U is one finding")
    func overlapNamesTheOthers() {
        let found = DecisionTableTests.findings(Self.table(policy: "U", rows: ["<10 | x", "<20 | x", ">5 | x"]))
            .filter { $0.hasPrefix("rules-overlap") }
        #expect(found == [
            "rules-overlap@5: rules 1 and 2 both match a < 10, but the hit policy is U (unique)",
            "rules-overlap@6: rules 1 and 3 both match a in (5..10), but the hit policy is U (unique); rule 3 also overlaps rule 2",
        ])
    }

    @Test("the subtraction gives up past its budget instead of running on")
    func uncoveredBudget() {
        let domain = Box(sides: [.numeric(.all), .numeric(.all)])
        let points = (0..<60).map { i in
            Box(sides: [.numeric(NumericSet([.point(Double(i))])), .numeric(NumericSet([.point(Double(i * 7 % 60))]))])
        }
        var budget = 1_000_000
        let pieces = domain.uncovered(by: points, budget: &budget)
        #expect(pieces != nil && budget < 1_000_000)
        var small = 50
        #expect(domain.uncovered(by: points, budget: &small) == nil && small < 0)
    }

    @Test("merging joins the same boxes as a scan restarted after every join", arguments: 0..<200)
    func mergeMatchesRestartingScan(seed: Int) {
        var generator = SeededGenerator(state: UInt64(seed))
        let values = ["a", "b", "c", "d"]
        let boxes = (0..<Int.random(in: 2...40, using: &generator)).map { _ in
            Box(sides: (0..<3).map { side in
                side == 2
                    ? .numeric(NumericSet([.point(Double(Int.random(in: 0...3, using: &generator)))]))
                    : .category(CategorySet(values: [values.randomElement(using: &generator)!], negated: Bool.random(using: &generator) && side == 0))
            })
        }
        #expect(DecisionModel.merge(boxes) == Self.restartingMerge(boxes))
    }

    /// The former merge: after each join, the scan starts again from the first pair.
    static func restartingMerge(_ boxes: [Box]) -> [Box] {
        var boxes = boxes
        var merged = true
        while merged, boxes.count > 1, boxes.count < 500 {
            merged = false
            search: for i in boxes.indices {
                for j in boxes.indices where j > i {
                    let different = boxes[i].sides.indices.filter { boxes[i].sides[$0] != boxes[j].sides[$0] }
                    guard different.count <= 1 else { continue }
                    if let side = different.first { boxes[i].sides[side] = boxes[i].sides[side].union(boxes[j].sides[side]) }
                    boxes.remove(at: j)
                    merged = true
                    break search
                }
            }
        }
        return boxes
    }
}
