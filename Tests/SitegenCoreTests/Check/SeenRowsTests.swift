import Foundation
import Testing
@testable import SitegenCore

/// Texts told apart by their bytes while they are surely NFC must be told apart
/// exactly as `String` tells them (canonical equivalents are equal).
@Suite struct SeenRowsTests {
    /// Pieces of text: ASCII, Chinese, kana, Hangul, and spellings of the same text
    /// that differ in bytes (é and e + U+0301, が and か + U+3099, 한 and 하 + U+11AB),
    /// a compatibility ideograph (U+F900, canonically 豈) and 豈 itself.
    static let pieces = ["a", "1", " ", "借记卡", "无限制", "é", "e\u{301}", "が", "か\u{3099}", "한", "하\u{11AB}",
                         "\u{F900}", "豈", "Ａ", "。", "Ω", "\u{2126}", "Å", "\u{212B}", "A\u{30A}", "—", "“", "…", "·",
                         "✓", "→", "\u{219A}", "\u{2190}\u{338}", "\u{2000}", "\u{2002}", "①", "ｶ", "\u{302A}", "😀"]

    @Test("texts that are surely NFC are unchanged by NFC normalisation")
    func surelyNFCIsNFC() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...4, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }
                .joined()
            if text.isSurelyNFC {
                #expect(Array(text.precomposedStringWithCanonicalMapping.utf8) == Array(text.utf8), "\(text.unicodeScalars.map(\.value))")
            }
        }
        #expect("借记卡 a1。Ａ한が é—“…”·✓→①ｶ".isSurelyNFC)
        for text in ["e\u{301}", "か\u{3099}", "하\u{11AB}", "\u{F900}", "\u{2126}", "\u{212B}", "\u{2000}", "\u{302A}", "😀"] {
            #expect(!text.isSurelyNFC)
        }
    }

    @Test("every scalar taken as surely NFC is NFC, of combining class 0, and combines with no neighbour")
    func everyScalarOfTheSet() {
        let neighbours = ["a", "か", "하", "é"]
        var count = 0
        for value in UInt32(0x80)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), String(scalar).isSurelyNFC else { continue }
            count += 1
            let text = String(scalar)
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
            for pair in [text] + neighbours.flatMap({ [$0 + text, text + $0] }) {
                let nfc = pair.precomposedStringWithCanonicalMapping
                #expect(Array(nfc.unicodeScalars) == Array(pair.unicodeScalars), "U+\(String(value, radix: 16)) in \(pair)")
            }
        }
        #expect(count > 30_000)
    }

    @Test("rows are found as a dictionary of their texts finds them, on random rows")
    func sameAsStringKeys() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            var seen = TableDuplicateRow.SeenRows()
            var reference: [[String]: Int] = [:]
            for line in 1...Int.random(in: 1...8, using: &generator) {
                let texts = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                    (0..<Int.random(in: 0...2, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
                }
                let expected = reference[texts]
                if expected == nil { reference[texts] = line }
                #expect(seen.first(texts, line: line) == expected, "\(texts)")
            }
        }
    }
    @Test("a schema's isMissing answers as missingValues.contains (canonical equivalents are equal), on random lists and texts")
    func isMissingAsContains() {
        var generator = SystemRandomNumberGenerator()
        func text() -> String {
            (0..<Int.random(in: 0...2, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
        }
        var found = 0
        for _ in 0..<5_000 {
            var schema = TableSchema(name: "t")
            let list = (0..<Int.random(in: 0...4, using: &generator)).map { _ in text() }
            schema.missingValues = list
            let probe = text()
            #expect(schema.isMissing(probe) == list.contains(probe), "\(list) \(probe)")
            if list.contains(probe) { found += 1 }
        }
        #expect(found > 100)
        var schema = TableSchema(name: "t")
        #expect(schema.isMissing("—") && schema.isMissing("") && !schema.isMissing("--"))
        schema.missingValues = ["e\u{301}", "n/a"]
        #expect(schema.isMissing("é") && schema.isMissing("n/a") && !schema.isMissing("—"))
        schema.missingValues = ["é"]
        #expect(schema.isMissing("e\u{301}") && schema.isMissing("é"))
        // Singletons are longer in bytes than what they decompose to: still within the length bound.
        schema.missingValues = ["\u{C5}", "\u{3A9}"]  // Å, Ω
        #expect(schema.isMissing("\u{212B}") && schema.isMissing("A\u{30A}") && schema.isMissing("\u{2126}"))
        #expect(!schema.isMissing("\u{212B}\u{212B}"))
        #expect(TableSchema(name: "t").missingValueMaximumBytes == TableSchema.equivalentMaximumBytes(TableSchema.defaultMissingValues))
    }
}
