import Testing
@testable import SitegenCore

/// "Did you mean" suggestions: the bounded distance agrees with the full
/// table on every pair, and the closest candidate is the first nearest one.
@Suite struct SuggestionTests {
    /// The textbook table (optimal string alignment), as a reference.
    static func reference(_ a: [Character], _ b: [Character]) -> Int {
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

    @Test func knownDistances() {
        #expect(Suggestion.distance("titel", "title") == 1)
        #expect(Suggestion.distance("kitten", "sitting") == 3)
        #expect(Suggestion.distance("", "abc") == 3)
        #expect(Suggestion.distance("方案00483", "方案09483") == 1)
    }

    @Test("bounded distance: exact within the bound, above it otherwise")
    func boundedAgreesWithReference() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["a", "b", "c", "方", "案"]
        for _ in 0..<3000 {
            let a = (0..<Int.random(in: 0...7, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let b = (0..<Int.random(in: 0...7, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let exact = Self.reference(a, b)
            let bound = Int.random(in: 0...4, using: &generator)
            let bounded = Suggestion.distance(a, b, bound: bound)
            if exact <= bound {
                #expect(bounded == exact, "\(a) \(b) bound \(bound)")
            } else {
                #expect(bounded > bound, "\(a) \(b) bound \(bound)")
            }
        }
    }

    @Test func closestIsTheFirstNearestWithinTheLimit() {
        #expect(Suggestion.closest(to: "titel", in: ["tilte", "title", "titles"]) == "title")
        #expect(Suggestion.closest(to: "titel", in: ["titxl", "titex"]) == "titxl")
        #expect(Suggestion.closest(to: "Title", in: ["other", "title"]) == "title")
        #expect(Suggestion.closest(to: "方案09483", in: ["方案00483", "方案09483", "方案19483"]) == "方案09483")
        #expect(Suggestion.closest(to: "abc", in: ["xyz"]) == nil)
        #expect(Suggestion.closest(to: "caption", in: []) == nil)
    }

    /// The closest candidate as the definition says: the first one at the least distance
    /// (over lower-cased `Character`s), when that distance is within the typo limit.
    static func referenceClosest(_ word: String, _ candidates: [String]) -> String? {
        let limit = max(1, min(3, word.count / 3))
        let lowered = Array(word.lowercased())
        var best: (name: String, score: Int)?
        for name in candidates {
            let score = reference(lowered, Array(name.lowercased()))
            if score <= limit, score < (best?.score ?? Int.max) { best = (name, score) }
        }
        return best?.name
    }

    @Test("closest over numbered characters: the reference's answer on random words")
    func closestAgreesWithReference() {
        var generator = SystemRandomNumberGenerator()
        // Canonically equal spellings (é precomposed and decomposed), case pairs, and
        // characters only the asked words use.
        let alphabet = ["a", "B", "b", "方", "案", "\u{E9}", "e\u{301}", "0", "9"]
        let askedOnly = ["z", "\u{C9}"]
        for _ in 0..<300 {
            let candidates = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                (0..<Int.random(in: 1...7, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            }
            let prepared = Suggestion.Candidates(candidates)
            for _ in 0..<10 {
                let word = (0..<Int.random(in: 1...8, using: &generator)).map { _ in
                    (alphabet + askedOnly).randomElement(using: &generator)!
                }.joined()
                #expect(prepared.closest(to: word) == Self.referenceClosest(word, candidates), "\(word) in \(candidates)")
            }
        }
    }

    @Test func hintsHaveOneWording() {
        #expect(Suggestion.hint(for: "titel", in: ["weight", "title"]) == "did you mean 'title'?")
        #expect(Suggestion.Candidates(["weight", "title"]).hint(for: "wieght") == "did you mean 'weight'?")
        #expect(Suggestion.hint(for: "summary", in: ["weight", "title"]) == nil)
        #expect(RuleRegistry.hint(forUnknown: "table-colum-count") == "did you mean 'table-column-count'?")
        #expect(RuleRegistry.hint(forUnknown: "zzz") == "'sitegen rules' lists the rules by name and id")
    }
}
