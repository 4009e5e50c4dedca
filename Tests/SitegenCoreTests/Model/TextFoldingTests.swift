import Testing
@testable import SitegenCore

/// Name keys, slugs and scalar strings are built scalar by scalar for speed;
/// each must equal the plain String-API version it replaced.
@Suite struct TextFoldingTests {
    static let pieces = ["注销 账户", "ＡＢＣ", "abc", "İSTANBUL", "ΟΔΟΣ", "\u{212A}", "Straße", "ǅ", "\u{3000}", "\t", "\n",
                         "e\u{301}", "一、官方流程", "Pay-Later", "_x_", "3张/日", "🎉", "Ⅻ", "①", "—", "  ", "ﬀ"]

    static func randomText(_ generator: inout some RandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// The name key as first written: whitespace dropped, full-width folded, then `lowercased()`.
    static func referenceKey(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace { continue }
            if (0xFF01...0xFF5E).contains(scalar.value), let folded = Unicode.Scalar(scalar.value - 0xFEE0) {
                result.append(folded)
            } else {
                result.append(scalar)
            }
        }
        return String(result).lowercased()
    }

    /// The slug as first written, lower-casing each kept scalar with `lowercased()`.
    static func referenceSlug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || scalar == "_" {
                if pendingDash, !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else if scalar == "-" || properties.isWhitespace {
                pendingDash = true
            }
        }
        return out
    }

    @Test func commentEndsAreFoundLikeContains() {
        let pieces = ["-", "-", ">", "<", "!", "a", " ", "注"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let line = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(LineScan.containsCommentEnd(Substring(line)) == line.contains("-->"), "\(line)")
        }
    }

    @Test func whitespaceScalarsAreUnicodeWhiteSpace() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isWhitespaceScalar == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    @Test func trimmingAgreesWithCharacterWhitespace() {
        let ends = [" ", "\t", "\n", "\r\n", "\r", "\u{3000}", "\u{A0}", " \u{301}", "\u{600}1", "\u{600} ", " \u{600}",
                    " \u{200D}", "\u{3000}\u{FF9E}", "）", "。 ", "x", "中", "e\u{301}", "", "  ", "\u{1C}", "\u{7F} ",
                    "中\u{301}", "\u{4DFF}", "鿿 ", "\u{A000}", " \u{85}", "\u{200B}", "a \u{20E3}",
                    "秒 ", " 天", "中 \u{301}", "\u{600} 中", "一\t", " 丁\u{200D}", "\u{3000}中 "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = ends.randomElement(using: &generator)! + Self.randomText(&generator) + ends.randomElement(using: &generator)!
            let leadingOnly = Substring(text).drop(while: { $0.isWhitespace })
            var slice = leadingOnly
            while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
            var trailingOnly = Substring(text)
            while let last = trailingOnly.last, last.isWhitespace { trailingOnly = trailingOnly.dropLast() }
            #expect(text.trimmingWhitespace() == String(slice), "\(Array(text.unicodeScalars))")
            #expect(text.trimmingWhitespace(trailing: false) == String(leadingOnly), "\(Array(text.unicodeScalars))")
            #expect(text.trimmingWhitespace(leading: false) == String(trailingOnly), "\(Array(text.unicodeScalars))")
            // A slice of a longer text (its bytes start and end inside the text's).
            let inner = Substring(("中" + text + "x").unicodeScalars.dropFirst().dropLast())
            #expect(inner.trimmingWhitespace() == String(slice), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func slugsOfASCIIAndIdeographsAgreeWithTheReference() {
        for value in Array(UInt32(0)..<0x80) + Array(UInt32(0x4DF0)...0xA00F) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "a" + String(scalar) + "B", "中 " + String(scalar) + "-x"] {
                #expect(Slugger.slug(text) == Self.referenceSlug(text), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func foldingAgreesWithTheStringAPIs() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = Self.randomText(&generator)
            #expect(NameKey.key(text) == Self.referenceKey(text), "\(text)")
            #expect(Slugger.slug(text) == Self.referenceSlug(text), "\(text)")
            #expect(String(scalars: Array(text.unicodeScalars)) == text)
        }
        // Names that are their own key (lower-case ASCII and ideographs), read by bytes, on random texts too.
        let ownKeyPieces = ["a", "z", "0", "-", "注销", "账户", "一", "龥", "~"]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in ownKeyPieces.randomElement(using: &generator)! }.joined()
            #expect(Array(NameKey.key(text).utf8) == Array(Self.referenceKey(text).utf8), "\(text)")
        }
        #expect(NameKey.key("注销账户A") == "注销账户a" && NameKey.key("注销\t账户") == "注销账户" && NameKey.key("é") == "é")
        #expect(NameKey.key("注销 账户") == NameKey.key("注销账户"))
        #expect(NameKey.key("ＡＢＣ") == "abc")
        #expect(Slugger.slug("一、官方注销账户流程") == "一官方注销账户流程")
        #expect(String(scalars: [Unicode.Scalar]()) == "")
    }
}
