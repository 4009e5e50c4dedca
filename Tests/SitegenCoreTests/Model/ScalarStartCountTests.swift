import Testing
@testable import SitegenCore

/// Source columns are counted in scalars: ``UnsafeBufferPointer/scalarStartCount`` counts the
/// bytes that start one, eight at a time, and must agree with a byte-by-byte count on any slice.
@Suite struct ScalarStartCountTests {
    @Test("eight bytes at a time, the same count as byte by byte, on random slices of mixed scripts")
    func agreesWithByteByByte() {
        var generator = SeededGenerator(state: 0x5CA1A)
        let pieces = ["a", " ", "|", "é", "表", "💡", "\u{301}", "Ω", "—", "ß"]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            let lower = Int.random(in: 0...bytes.count, using: &generator)
            let upper = Int.random(in: lower...bytes.count, using: &generator)
            let slice = bytes[lower..<upper]
            let expected = slice.filter { $0 & 0xC0 != 0x80 }.count
            let counted = bytes.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[lower..<upper]).scalarStartCount }
            #expect(counted == expected, "\(text.debugDescription) \(lower)..<\(upper)")
        }
        #expect("注销账户 60天 💡".utf8.withContiguousStorageIfAvailable(\.scalarStartCount) == 10)
    }
}
