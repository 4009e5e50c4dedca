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

    @Test("gaps of ascending numbers are written as a list writes them, from any slice")
    func gapsOfSlices() {
        let edges: [UInt32] = [0, 35, 36, 1295, 1296, 46_655, 46_656, 2_176_782_335, 2_176_782_336, 4_294_967_295]
        var written: [UInt8] = Array("x".utf8)
        PostingList.appendGaps(edges[...], to: &written)
        #expect(String(decoding: written, as: UTF8.self) == "x" + Self.reference(edges))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let numbers = Self.ascending(&generator, from: UInt32.random(in: 0...100, using: &generator))
            let unique = Array(Set(numbers)).sorted()
            let cut = Int.random(in: 0...unique.count, using: &generator)
            var out: [UInt8] = []
            PostingList.appendGaps(unique[cut...], to: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(decoding: PostingList(numbers: Array(unique[cut...])).text, as: UTF8.self))
            #expect(String(decoding: out, as: UTF8.self) == Self.reference(Array(unique[cut...])))
        }
    }
}
