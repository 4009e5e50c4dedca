/// "Did you mean …?" suggestions by edit distance.
public enum Suggestion {
    /// The one wording of a suggestion in a hint: `did you mean 'x'?`.
    public static func question(_ candidate: String) -> String { "did you mean '\(candidate)'?" }

    /// ``question(_:)`` for the candidate closest to `word`, if one is close enough.
    public static func hint(for word: String, in candidates: [String]) -> String? {
        closest(to: word, in: candidates).map(question)
    }

    /// The candidate closest to `word`, if it is close enough to be a likely typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        Candidates(candidates).closest(to: word)
    }

    /// Candidates prepared once (lower-cased, split into characters, each
    /// character numbered) for many questions, such as one per unknown name
    /// on a large site. Distances compare the numbers: two characters get one
    /// number exactly when they are equal as `Character`s, and comparing
    /// `Character`s was nine tenths of the cost on a site of 10,000 options.
    public struct Candidates: Sendable {
        let names: [String]
        let folded: [[Int]]
        let numbers: [Character: Int]

        public init(_ names: [String]) {
            self.names = names
            var numbers: [Character: Int] = [:]
            folded = names.map { name in
                name.lowercased().map { character in
                    if let known = numbers[character] { return known }
                    numbers[character] = numbers.count
                    return numbers.count - 1
                }
            }
            self.numbers = numbers
        }

        /// ``Suggestion/question(_:)`` for the candidate closest to `word`, if one is close enough.
        public func hint(for word: String) -> String? { closest(to: word).map(Suggestion.question) }

        /// The first candidate nearest to `word`, when within the typo limit.
        public func closest(to word: String) -> String? {
            let limit = max(1, min(3, word.count / 3))
            // A character no candidate has equals none of theirs (the word is only ever compared with them).
            let lowered = word.lowercased().map { numbers[$0] ?? -1 }
            // A candidate whose length differs by more than the limit is further
            // than the limit, so it can never be the answer: skip the distance.
            // Distances stop being computed once they exceed the best so far.
            var best: (index: Int, score: Int)?
            for (index, other) in folded.enumerated() {
                guard abs(other.count - lowered.count) <= limit else { continue }
                let bound = min(limit, (best?.score ?? Int.max) - 1)
                guard bound >= 0 else { break }
                if bound == 0 {  // only an exact match can still win
                    if other == lowered { best = (index, 0) }
                    continue
                }
                let score = Suggestion.distance(lowered, other, bound: bound)
                if score <= bound { best = (index, score) }
            }
            return best.map { names[$0.index] }
        }
    }

    /// Edit distance counting insertions, deletions, substitutions and
    /// swaps of neighbours (`titel` → `title` is 1).
    public static func distance(_ a: String, _ b: String) -> Int {
        distance(Array(a), Array(b), bound: Int.max - 1)
    }

    /// The distance when it is at most `bound`, otherwise some number above
    /// `bound` (the work stops as soon as no alignment can stay within it).
    static func distance<Element: Equatable>(_ a: [Element], _ b: [Element], bound: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Three rows of the table: two back (for swaps), one back, current; on the stack
        // (three arrays a call were most of the cost of a short pair).
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            var previous2 = 0, previous = width, current = 2 * width  // offsets of the rows
            for j in 0..<width {
                rows[previous2 + j] = 0
                rows[previous + j] = j
            }
            for i in 1...a.count {
                rows[current] = i
                var rowMinimum = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, rows[previous2 + j - 2] + 1)
                    }
                    rows[current + j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > bound { return bound + 1 }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return rows[previous + b.count]
        }
    }
}
