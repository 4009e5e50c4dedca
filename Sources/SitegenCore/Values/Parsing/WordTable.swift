/// A small dictionary of words matched at a position, longest first.
/// Words that begin or end with an ASCII letter only match on word boundaries
/// (`min` does not match inside `mint`; `5min` still matches).
struct WordTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let word: [Unicode.Scalar]
        let value: Value
    }
    private let byFirst: [Unicode.Scalar: [Entry]]

    /// `entries` are folded as cells are (`ScannedText`: lower case, half-width, Traditional
    /// forms as Simplified), so they may be written as a language writes them.
    init(_ entries: [(String, Value)]) {
        var table: [Unicode.Scalar: [Entry]] = [:]
        for (word, value) in entries {
            let scalars = ScannedText(word, simplifying: true).folded
            guard let first = scalars.first else { continue }
            table[first, default: []].append(Entry(word: scalars, value: value))
        }
        for key in table.keys { table[key]!.sort { $0.word.count > $1.word.count } }
        byFirst = table
    }

    /// The longest word starting at `i`, with the index just past it.
    func match(_ text: [Unicode.Scalar], at i: Int) -> (value: Value, end: Int)? {
        guard i < text.count, let candidates = byFirst[text[i]] else { return nil }
        if CharClass.isLetter(text[i]), i > 0, CharClass.isLetter(text[i - 1]) { return nil }
        for entry in candidates {
            let end = i + entry.word.count
            guard end <= text.count else { continue }
            var matches = true
            for k in 1..<entry.word.count where text[i + k] != entry.word[k] {
                matches = false
                break
            }
            guard matches else { continue }
            if CharClass.isLetter(entry.word[entry.word.count - 1]), end < text.count,
               CharClass.isLetter(text[end]) { continue }
            return (entry.value, end)
        }
        return nil
    }

    /// True when some word starts at `i`.
    func matches(_ text: [Unicode.Scalar], at i: Int) -> Bool { match(text, at: i) != nil }
}
