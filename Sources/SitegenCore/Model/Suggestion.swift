/// "Did you mean …?" suggestions by edit distance.
public enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a likely typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let limit = max(1, min(3, word.count / 3))
        let lowered = word.lowercased()
        let length = lowered.count
        // A candidate whose length differs by more than the limit is further
        // than the limit, so it can never be the answer: skip the distance.
        var best: (String, Int)?
        for candidate in candidates {
            let other = candidate.lowercased()
            guard abs(other.count - length) <= limit else { continue }
            let score = distance(lowered, other)
            if score < (best?.1 ?? Int.max) { best = (candidate, score) }
        }
        guard let best else { return nil }
        return best.1 <= limit ? best.0 : nil
    }

    /// Edit distance counting insertions, deletions, substitutions and
    /// swaps of neighbours (`titel` → `title` is 1).
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
