import Testing
@testable import SitegenCore

@Suite struct SearchPostingsTests {
    typealias Term = SearchTokenizer.Term

    @Test("short ASCII words are packed, longer or non-ASCII ones are strings, and all read back as written")
    func termsReadBackAsTheirText() {
        #expect(SearchTokenizer.tokens("a ab abcdefg abcdefgh café 2024 x1y2z3w 银行卡 卡")
                == ["a", "ab", "abcdefg", "abcdefgh", "café", "2024", "x1y2z3w", "银行", "行卡", "卡"])
        var kinds: [String] = []
        SearchTokenizer.forEachTerm(in: "abcdefg abcdefgh café 银行") { term in
            switch term {
            case .packed: kinds.append("packed")
            case .word: kinds.append("word")
            }
        }
        #expect(kinds == ["packed", "word", "word", "packed"])
        // A packed word and a packed CJK term never collide: the word flag tells them apart.
        #expect(Term.packedWord(Array("ab".utf8)) != Term.packed(UInt64(0x61) << 8 | 0x62))
    }

    @Test("every term keeps its own documents while the table grows many times over")
    func growingTableKeepsEveryTerm() {
        var postings = SearchPostings()
        var expected: [Term: [UInt32]] = [:]
        var generator = SystemRandomNumberGenerator()
        let scalars = (0x4E00...0x4E40).compactMap(Unicode.Scalar.init)
        for document in UInt32(0)..<400 {
            for _ in 0..<40 {
                let term: Term
                switch Int.random(in: 0..<3, using: &generator) {
                case 0:
                    let a = scalars.randomElement(using: &generator)!, b = scalars.randomElement(using: &generator)!
                    term = .packed(UInt64(a.value) << 21 | UInt64(b.value))
                case 1:
                    term = Term.packedWord((0..<Int.random(in: 1...7, using: &generator)).map { _ in UInt8.random(in: 0x61...0x66, using: &generator) })
                default:
                    term = .word("long-word-\(Int.random(in: 0..<300, using: &generator))")
                }
                postings.append(document, to: term)
                if expected[term]?.last != document { expected[term, default: []].append(document) }
            }
        }
        #expect(postings.count == expected.count)
        #expect(expected.count > 1 << SearchPostings.initialBits)  // grew past its first size
        for (term, documents) in expected { #expect(postings[term]?.numbers == documents) }
        #expect(postings[.word("never-added")] == nil)
        #expect(postings[Term.packedWord(Array("zzz".utf8))] == nil)
    }

    @Test("documents split in two tables, the second merged in with its offset, equal one table of all of them")
    func mergingEqualsOneTable() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            var whole = SearchPostings(), first = SearchPostings(), second = SearchPostings()
            let split = UInt32.random(in: 0...30, using: &generator)
            for document in UInt32(0)..<30 {
                for _ in 0..<Int.random(in: 0...12, using: &generator) {
                    let term: Term = Bool.random(using: &generator)
                        ? .packed(UInt64.random(in: 1...40, using: &generator))
                        : .word("long-word-\(Int.random(in: 0..<20, using: &generator))")
                    whole.append(document, to: term)
                    if document < split { first.append(document, to: term) } else { second.append(document - split, to: term) }
                }
            }
            first.append(second, offset: split)
            #expect(first == whole)
            #expect(first.count == whole.count)
            let (starts, documents) = first.documentsByTerm()
            for number in 0..<first.count {  // each term's documents ascending, each once
                let list = Array(documents[starts[number]..<starts[number + 1]])
                #expect(!list.isEmpty && list == Array(Set(list)).sorted())
            }
        }
    }

    @Test("two tables holding the same documents per term are equal, whatever order the terms came in")
    func equalityIgnoresOrder() {
        var a = SearchPostings(), b = SearchPostings()
        a.append(1, to: .word("alpha-beta-gamma"))
        a.append(2, to: Term.packedWord(Array("go".utf8)))
        b.append(2, to: Term.packedWord(Array("go".utf8)))
        b.append(1, to: .word("alpha-beta-gamma"))
        #expect(a == b)
        b.append(3, to: Term.packedWord(Array("go".utf8)))
        #expect(a != b)
    }
}
