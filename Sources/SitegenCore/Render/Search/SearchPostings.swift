/// The documents of each term of a search index, terms numbered in the
/// order they were first met.
///
/// Packed terms (``SearchTokenizer/Term/packed(_:)``: most terms of any
/// text) are found in an open-addressing table by a multiplicative hash of
/// their integer; string terms in a dictionary. A `[Term: PostingList]`
/// hashed every occurrence of every term with SipHash (a tenth of the
/// search index's time).
struct SearchPostings: Sendable {
    /// The terms, by term number.
    private(set) var terms: [SearchTokenizer.Term] = []
    /// The number of each term each document holds, once, document after
    /// document: one array written in order, where a posting list per term
    /// read and grew a list of its own for every new term of a document (on
    /// a Chinese site a million lists, a cache miss or three each, a third of
    /// the build). ``documentsByTerm(placing:)`` sorts them by term at the end.
    private var pairTerms: [UInt32] = []
    /// The documents, ascending, each with where its numbers start in `pairTerms`.
    private var runDocuments: [UInt32] = []
    private var runStarts: [Int] = []
    /// Open addressing, linear probing, at most half full: a packed term
    /// (never 0, which marks an empty slot), its term number and the last
    /// document added to it, in one slot (one cache line to read: a Chinese
    /// site has a million bigrams, and each occurrence probes the table).
    private var slots: [Slot]
    private var slotShift: UInt64
    private var packedCount = 0
    /// Terms that are not packed, with their numbers and last documents (`key` unused).
    private var words: [String: Slot] = [:]

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

    /// The documents of `term`, nil when no document holds it (a pass over
    /// every document: for tests and tools).
    subscript(term: SearchTokenizer.Term) -> PostingList? {
        guard let number = number(of: term) else { return nil }
        var list = PostingList()
        for run in runDocuments.indices where pairTerms[runStarts[run]..<runEnd(run)].contains(UInt32(number)) {
            list.append(runDocuments[run])
        }
        return list
    }

    /// Adds `document` to the documents of `term` (not below the last
    /// document added, nor below those of a postings merged in; a repeat is ignored).
    mutating func append(_ document: UInt32, to term: SearchTokenizer.Term) {
        guard case .packed(let key) = term else {
            guard case .word(let word) = term else { return }
            if let known = words.index(forKey: word) {
                guard words.values[known].lastDocument != document &+ 1 else { return }
                words.values[known].lastDocument = document &+ 1
                record(document, words.values[known].number)
            } else {
                let number = newNumber(term)
                words[word] = Slot(number: number, lastDocument: document &+ 1)
                record(document, number)
            }
            return
        }
        // A term repeated in the document (most occurrences) is found in its slot.
        let slot = slot(of: key)
        if slots[slot].key == key {
            guard slots[slot].lastDocument != document &+ 1 else { return }
            slots[slot].lastDocument = document &+ 1
            record(document, slots[slot].number)
        } else {
            record(document, add(key, at: slot, lastDocument: document &+ 1))
        }
    }

    @inline(__always)
    private mutating func record(_ document: UInt32, _ number: Int32) {
        if runDocuments.last != document {
            runDocuments.append(document)
            runStarts.append(pairTerms.count)
        }
        pairTerms.append(UInt32(bitPattern: number))
    }

    private func runEnd(_ run: Int) -> Int { run + 1 < runStarts.count ? runStarts[run + 1] : pairTerms.count }

    /// Appends `other`'s documents, numbered from `offset` (above every document here).
    mutating func append(_ other: SearchPostings, offset: UInt32) {
        let numbers = other.terms.map { UInt32(bitPattern: numberAdding($0)) }
        pairTerms.reserveCapacity(pairTerms.count + other.pairTerms.count)
        for run in other.runDocuments.indices {
            runDocuments.append(other.runDocuments[run] + offset)
            runStarts.append(pairTerms.count)
            for term in other.pairTerms[other.runStarts[run]..<other.runEnd(run)] { pairTerms.append(numbers[Int(term)]) }
        }
    }

    /// The documents of every term, sorted by term (``PostingsSort``), term
    /// number `n` at `place[n]` (by default `n`).
    func documentsByTerm(placing place: [Int32]? = nil) -> (starts: [Int], documents: [UInt32]) {
        PostingsSort.documentsByTerm(place: place ?? Array(0..<Int32(terms.count)), pairCount: pairTerms.count) { visit in
            pairTerms.withUnsafeBufferPointer { pairs in
                for run in runDocuments.indices {
                    visit(runDocuments[run], UnsafeBufferPointer(rebasing: pairs[runStarts[run]..<runEnd(run)]))
                }
            }
        }
    }

    /// The term's number, nil when no document holds it.
    func number(of term: SearchTokenizer.Term) -> Int32? {
        switch term {
        case .word(let word):
            return words[word]?.number
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
            if let known = words[word] { return known.number }
            let number = newNumber(term)
            words[word] = Slot(number: number)
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
        guard a.count == b.count else { return false }
        let (aStarts, aDocuments) = a.documentsByTerm(), (bStarts, bDocuments) = b.documentsByTerm()
        return a.terms.indices.allSatisfy { number in
            guard let other = b.number(of: a.terms[number]).map(Int.init) else { return false }
            return aDocuments[aStarts[number]..<aStarts[number + 1]] == bDocuments[bStarts[other]..<bStarts[other + 1]]
        }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(count)
    }
}
