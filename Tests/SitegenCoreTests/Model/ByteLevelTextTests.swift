import Testing
@testable import SitegenCore

/// Text read by its UTF-8 bytes where Characters cost too much: source columns counted eight
/// bytes at a time, content paths split at a byte. Each must agree with the slow reading.
@Suite struct ByteLevelTextTests {
    /// Random joins of `pieces`, reproducible from `seed`.
    static func texts(_ count: Int, of pieces: [String], seed: UInt64, longest: Int) -> [String] {
        var generator = SeededGenerator(state: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...longest, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    @Test("scalar starts counted eight bytes at a time match a byte-by-byte count, on random slices of mixed scripts")
    func scalarStartCount() {
        var generator = SeededGenerator(state: 0x5CA1A)
        for text in Self.texts(5_000, of: ["a", " ", "|", "é", "表", "💡", "\u{301}", "Ω", "—", "ß"], seed: 0x5CA1B, longest: 30) {
            let bytes = Array(text.utf8)
            let lower = Int.random(in: 0...bytes.count, using: &generator)
            let upper = Int.random(in: lower...bytes.count, using: &generator)
            let expected = bytes[lower..<upper].filter { $0 & 0xC0 != 0x80 }.count
            let counted = bytes.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[lower..<upper]).scalarStartCount }
            #expect(counted == expected, "\(text.debugDescription) \(lower)..<\(upper)")
        }
        #expect("注销账户 60天 💡".utf8.withContiguousStorageIfAvailable(\.scalarStartCount) == 10)
    }

    @Test("split at a byte gives what split at the Character gives, on random paths of mixed scripts")
    func splitAtByte() {
        for path in Self.texts(5_000, of: ["/", ".", "a", "page-0001", "注销", "é", "💡", " ", "_index", "md"], seed: 0x5EA7, longest: 8) {
            #expect(path.split(byte: UInt8(ascii: "/")) == path.split(separator: "/"), "\(path.debugDescription)")
            #expect(path.split(byte: UInt8(ascii: ".")) == path.split(separator: "."), "\(path.debugDescription)")
        }
        // A mark after the slash: one Character "/\u{301}" to String, a slash and a mark to the file system.
        #expect("a/\u{301}b".split(byte: UInt8(ascii: "/")) == ["a", "\u{301}b"])
    }
}
