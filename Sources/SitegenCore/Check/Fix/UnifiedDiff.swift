/// A unified diff (`diff -u` style, 3 lines of context) of two texts, for
/// `sitegen check --fix --dry-run`. Lines are compared with Myers'
/// O((N+M)·D) algorithm, cheap for fixes that add a few lines.
public enum UnifiedDiff {
    public static func diff(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let a = SourceText(old).lines.map(String.init)
        let b = SourceText(new).lines.map(String.init)
        let script = edits(a, b)
        guard script.contains(where: { $0.kind != .same }) else { return "" }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        var index = 0
        while index < script.count {
            guard let firstChange = script[index...].firstIndex(where: { $0.kind != .same }) else { break }
            let start = max(index, firstChange - context)
            var end = firstChange
            // Extend the hunk while the next change is within 2·context lines.
            while true {
                guard let next = script[end...].firstIndex(where: { $0.kind == .same }) else { end = script.count; break }
                let following = script[next...].firstIndex(where: { $0.kind != .same })
                if let following, following - next <= 2 * context { end = following; continue }
                end = min(script.count, next + context)
                break
            }
            let hunk = script[start..<end]
            let oldStart = hunk.first.map { $0.oldLine } ?? 0
            let newStart = hunk.first.map { $0.newLine } ?? 0
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            out += "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@\n"
            for step in hunk {
                switch step.kind {
                case .same: out += " \(step.text)\n"
                case .delete: out += "-\(step.text)\n"
                case .insert: out += "+\(step.text)\n"
                }
            }
            index = end
        }
        return out
    }

    struct Step {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var text: String
        /// 1-based line in the old and the new text where this step stands.
        var oldLine: Int
        var newLine: Int
    }

    /// The shortest edit script turning `a` into `b`.
    static func edits(_ a: [String], _ b: [String]) -> [Step] {
        let n = a.count, m = b.count, max = n + m
        var v = [Int](repeating: 0, count: 2 * max + 2)
        var trace: [[Int]] = []
        search: for d in 0...max {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? v[max + k + 1] : v[max + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[max + k] = x
                if x >= n, y >= m { break search }
            }
        }
        // Walk back through the trace.
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : v[max + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                steps.append(Step(kind: .same, text: a[x - 1], oldLine: x, newLine: y))
                x -= 1; y -= 1
            }
            if d > 0 {
                if x == previousX {
                    steps.append(Step(kind: .insert, text: b[y - 1], oldLine: x + 1, newLine: y))
                } else {
                    steps.append(Step(kind: .delete, text: a[x - 1], oldLine: x, newLine: y + 1))
                }
            }
            x = previousX; y = previousY
        }
        return steps.reversed()
    }
}
