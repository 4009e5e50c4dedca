/// A page's suppressions, asked whether they silence a finding in O(log n): a page of thousands
/// of suppressions and findings was quadratic (every finding against every suppression).
///
/// Suppressions are grouped by what they name (a rule id, a word as written, `*` for every rule);
/// in a group, by first line, with the furthest last line of those so far, and the furthest of
/// the others, so that one suppression can be left out of a question (its own report).
struct SuppressionIndex {
    private struct Reach {
        var end: Int
        var owner: Int
        var secondEnd: Int
    }

    private struct Group {
        var starts: [Int] = []
        var reach: [Reach] = []

        init(_ members: [(lines: ClosedRange<Int>, index: Int)]) {
            var best = Reach(end: Int.min, owner: -1, secondEnd: Int.min)
            for member in members.sorted(by: { ($0.lines.lowerBound, $0.index) < ($1.lines.lowerBound, $1.index) }) {
                let end = member.lines.upperBound
                if end > best.end {
                    best = Reach(end: end, owner: member.index, secondEnd: best.end)
                } else if end > best.secondEnd {
                    best.secondEnd = end
                }
                starts.append(member.lines.lowerBound)
                reach.append(best)
            }
        }

        /// Whether a member other than `excluding` starts at or before `line` and ends at or after `through`.
        func covers(line: Int, through: Int, excluding: Int?) -> Bool {
            // The members starting at or before `line`: a prefix of `starts`.
            let low = starts.countSorted { $0 <= line }
            guard low > 0 else { return false }
            let best = reach[low - 1]
            return (best.owner == excluding ? best.secondEnd : best.end) >= through
        }
    }

    private let groups: [String: Group]
    /// The key of suppressions of every rule (``Suppression/keys``).
    static let everyRule = "*"

    init(_ suppressions: [Suppression]) {
        var members: [String: [(lines: ClosedRange<Int>, index: Int)]] = [:]
        for (index, suppression) in suppressions.enumerated() {
            for key in suppression.keys { members[key, default: []].append((suppression.lines, index)) }
        }
        groups = members.mapValues(Group.init)
    }

    /// Whether a finding of the rule (by id, or by name) on `line` is silenced by a suppression other
    /// than the one at `excluding`. A finding about the whole file (no line) is silenced by one that
    /// starts on the first line.
    func covers(id: String, name: String, line: Int?, excluding: Int? = nil) -> Bool {
        let (at, through) = line.map { ($0, $0) } ?? (1, 0)
        func covered(_ key: String) -> Bool {
            groups[key]?.covers(line: at, through: through, excluding: excluding) == true
        }
        return covered(Self.everyRule) || covered(id) || covered(name)
    }
}

extension Array where Element == Int {
    /// For a sorted array: how many elements from the start satisfy `belongs` (which holds for a
    /// prefix), by binary search.
    func countSorted(_ belongs: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
