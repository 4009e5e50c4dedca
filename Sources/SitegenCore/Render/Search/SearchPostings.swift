/// The posting list of each term of a search index, in the order the terms
/// were first met.
///
/// Packed terms (``SearchTokenizer/Term/packed(_:)``: most terms of any
/// text) are found in an open-addressing table by a multiplicative hash of
/// their integer; string terms in a dictionary. A `[Term: PostingList]`
/// hashed every occurrence of every term with SipHash (a tenth of the
/// search index's time).
struct SearchPostings: Sendable {
    /// The terms, and the documents of each, by term number.
    private(set) var terms: [SearchTokenizer.Term] = []
    private(set) var lists: [PostingList] = []
    /// Open addressing, linear probing, at most half full: a packed term
    /// (never 0, which marks an empty slot) and its term number.
    private var slotKeys: [UInt64]
    private var slotNumbers: [Int32]
    private var slotShift: UInt64
    private var packedCount = 0
    private var words: [String: Int32] = [:]

    init() {
        slotKeys = [UInt64](repeating: 0, count: 1 << Self.initialBits)
        slotNumbers = [Int32](repeating: 0, count: 1 << Self.initialBits)
        slotShift = UInt64(64 - Self.initialBits)
    }

    static let initialBits = 10

    var count: Int { terms.count }

    /// The documents of `term`, nil when no document holds it.
    subscript(term: SearchTokenizer.Term) -> PostingList? {
        number(of: term).map { lists[Int($0)] }
    }

    /// Adds `document` to the documents of `term` (not below its last one; a repeat is ignored).
    mutating func append(_ document: UInt32, to term: SearchTokenizer.Term) {
        lists[Int(numberAdding(term))].append(document)
    }

    /// Appends `list`, its numbers shifted by `offset`, to the documents of `term`.
    mutating func append(_ list: PostingList, offset: UInt32, to term: SearchTokenizer.Term) {
        lists[Int(numberAdding(term))].append(list, offset: offset)
    }

    private func number(of term: SearchTokenizer.Term) -> Int32? {
        switch term {
        case .word(let word):
            return words[word]
        case .packed(let key):
            let slot = slot(of: key)
            return slotKeys[slot] == key ? slotNumbers[slot] : nil
        }
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        let mask = slotKeys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* Self.multiplier) >> slotShift)
        while true {
            let held = slotKeys[slot]
            if held == 0 || held == key { return slot }
            slot = (slot + 1) & mask
        }
    }

    /// The term's number, given a new one (with an empty list) if the term is new.
    private mutating func numberAdding(_ term: SearchTokenizer.Term) -> Int32 {
        switch term {
        case .word(let word):
            if let known = words[word] { return known }
            let number = newNumber(term)
            words[word] = number
            return number
        case .packed(let key):
            let slot = slot(of: key)
            if slotKeys[slot] == key { return slotNumbers[slot] }
            let number = newNumber(term)
            slotKeys[slot] = key
            slotNumbers[slot] = number
            packedCount += 1
            if packedCount * 2 > slotKeys.count { grow() }
            return number
        }
    }

    private mutating func newNumber(_ term: SearchTokenizer.Term) -> Int32 {
        terms.append(term)
        lists.append(PostingList())
        return Int32(terms.count - 1)
    }

    /// Doubles the table and places every packed term again.
    private mutating func grow() {
        let oldKeys = slotKeys, oldNumbers = slotNumbers
        slotKeys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        slotNumbers = [Int32](repeating: 0, count: oldKeys.count * 2)
        slotShift -= 1
        for (key, number) in zip(oldKeys, oldNumbers) where key != 0 {
            let slot = slot(of: key)  // an empty one: keys are distinct
            slotKeys[slot] = key
            slotNumbers[slot] = number
        }
    }

    /// 2⁶⁴ divided by the golden ratio (Fibonacci hashing): spreads nearby keys, such as
    /// bigrams sharing a first character, over the whole table.
    static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
}

extension SearchPostings: Hashable {
    /// Equal when every term has the same documents, whatever order the terms came in.
    static func == (a: SearchPostings, b: SearchPostings) -> Bool {
        a.count == b.count && zip(a.terms, a.lists).allSatisfy { term, list in b[term] == list }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(count)
    }
}
