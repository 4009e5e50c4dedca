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
    /// (never 0, which marks an empty slot), its term number and the last
    /// document added to it, in one slot (one cache line to read: a Chinese
    /// site has a million bigrams, and each occurrence probes the table).
    private var slots: [Slot]
    private var slotShift: UInt64
    private var packedCount = 0
    private var words: [String: Int32] = [:]

    private struct Slot {
        var key: UInt64 = 0
        var number: Int32 = 0
        /// The last document added through ``SearchPostings/append(_:to:)``, plus one (0: none).
        var lastDocument: UInt32 = 0
    }

    init() {
        slots = [Slot](repeating: Slot(), count: 1 << Self.initialBits)
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
        guard case .packed(let key) = term else {
            lists[Int(numberAdding(term))].append(document)
            return
        }
        // A term repeated in the document (most occurrences) is found in its slot, without
        // reading its list.
        let slot = slot(of: key)
        if slots[slot].key == key {
            guard slots[slot].lastDocument != document &+ 1 else { return }
            slots[slot].lastDocument = document &+ 1
            lists[Int(slots[slot].number)].append(document)
        } else {
            lists[Int(add(key, at: slot, lastDocument: document &+ 1))].append(document)
        }
    }

    /// Appends `list`, its numbers shifted by `offset`, to the documents of `term`.
    mutating func append(_ list: PostingList, offset: UInt32, to term: SearchTokenizer.Term) {
        lists[Int(numberAdding(term))].append(list, offset: offset)
    }

    /// The term's number, nil when no document holds it.
    func number(of term: SearchTokenizer.Term) -> Int32? {
        switch term {
        case .word(let word):
            return words[word]
        case .packed(let key):
            let slot = slot(of: key)
            return slots[slot].key == key ? slots[slot].number : nil
        }
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* Self.multiplier) >> slotShift)
        while true {
            let held = slots[slot].key
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
            return slots[slot].key == key ? slots[slot].number : add(key, at: slot, lastDocument: 0)
        }
    }

    /// A new packed term at its empty slot, with its number.
    private mutating func add(_ key: UInt64, at slot: Int, lastDocument: UInt32) -> Int32 {
        let number = newNumber(.packed(key))
        slots[slot] = Slot(key: key, number: number, lastDocument: lastDocument)
        packedCount += 1
        if packedCount * 2 > slots.count { grow() }
        return number
    }

    private mutating func newNumber(_ term: SearchTokenizer.Term) -> Int32 {
        terms.append(term)
        lists.append(PostingList())
        return Int32(terms.count - 1)
    }

    /// Doubles the table and places every packed term again.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        slotShift -= 1
        for held in old where held.key != 0 {
            slots[slot(of: held.key)] = held  // an empty one: keys are distinct
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
