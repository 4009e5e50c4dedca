/// A small dictionary of words matched at a position, longest first.
/// Words that begin or end with a letter of an alphabet (`CharClass.isLetter`) only match on
/// word boundaries (`min` does not match inside `mint`; `5min` still matches).
struct WordTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let word: [Unicode.Scalar]
        let value: Value
    }
    /// The entries of words starting with each ASCII scalar, longest first.
    private let byASCII: [[Entry]]
    /// Those starting with other scalars, sorted by that scalar (found by binary search: cheaper
    /// than hashing a scalar, at every position a cell is scanned).
    private let firstScalars: [UInt32]
    private let byOther: [[Entry]]

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
        byASCII = (0..<128).map { table[Unicode.Scalar(UInt8($0))] ?? [] }
        let others = table.filter { !$0.key.isASCII }.sorted { $0.key.value < $1.key.value }
        firstScalars = others.map(\.key.value)
        byOther = others.map(\.value)
    }

    private func candidates(_ first: Unicode.Scalar) -> [Entry]? {
        let value = first.value
        if value < 128 { return byASCII[Int(value)] }
        var low = 0, high = firstScalars.count
        while low < high {
            let middle = (low + high) / 2
            if firstScalars[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < firstScalars.count && firstScalars[low] == value ? byOther[low] : nil
    }

    /// The longest word starting at `i`, with the index just past it.
    func match(_ text: [Unicode.Scalar], at i: Int) -> (value: Value, end: Int)? {
        guard i < text.count, let candidates = candidates(text[i]), !candidates.isEmpty else { return nil }
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
