import Testing
@testable import SitegenCore

/// Posting lists hold base-36 gaps; appending and merging must give the
/// same text as encoding the plain number list.
@Suite struct PostingListTests {
    static func reference(_ numbers: [UInt32]) -> String {
        var previous: UInt32 = 0
        return numbers.map { number in
            defer { previous = number }
            return String(number - previous, radix: 36)
        }.joined(separator: ",")
    }

    static func ascending(_ generator: inout some RandomNumberGenerator, from start: UInt32 = 0) -> [UInt32] {
        var number = start
        return (0..<Int.random(in: 0...40, using: &generator)).map { _ in
            number += UInt32.random(in: 0...3000, using: &generator)
            return number
        }
    }

    @Test func appendsGapsAndIgnoresRepeats() {
        var list = PostingList()
        for number: UInt32 in [0, 0, 3, 16, 16, 52, 2_176_782_336, 4_294_967_295] { list.append(number) }
        #expect(String(decoding: list.text, as: UTF8.self) == Self.reference([0, 3, 16, 52, 2_176_782_336, 4_294_967_295]))
        #expect(list.numbers == [0, 3, 16, 52, 2_176_782_336, 4_294_967_295])
        #expect(list.count == 6)
    }

    @Test("merging two lists equals one list of all the numbers")
    func merging() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let a = Self.ascending(&generator)
            let b = Self.ascending(&generator)
            let offset = (a.last ?? 0) + UInt32.random(in: 1...50, using: &generator)
            var merged = PostingList(numbers: a)
            merged.append(PostingList(numbers: b), offset: offset)
            let all = Array(Set(a + b.map { $0 + offset })).sorted()
            #expect(String(decoding: merged.text, as: UTF8.self) == Self.reference(all))
            #expect(merged.numbers == all && merged.count == all.count)
        }
    }
}
