import Testing
@testable import SitegenCore

/// The byte versions of the small syntax helpers answer as the scalar and Character
/// code they replaced, on random texts.
@Suite struct MarkdownSyntaxTests {
    @Test("runsScript: livescript: in any case after blanks, as by lower-cased scalars")
    func runsScriptAsByScalars() {
        func reference(_ url: String) -> Bool {
            let scheme = url.unicodeScalars.drop { $0.value <= 0x20 }.prefix(11)
            return String(String.UnicodeScalarView(scheme)).lowercased() == "livescript:"
        }
        let pieces = ["live", "LIVE", "Li", "ve", "script", "SCRIPT", ":", " ", "\t", "\u{0}", "\u{212A}", "İ", "é", "x", "//a", "\u{301}"]
        var random = SeededGenerator(state: 20_261_204)
        var matched = 0
        for _ in 0..<20_000 {
            var url = (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            if Bool.random(using: &random) {  // half of them near the scheme: blanks, then live + script + :, then anything
                url = ["", " ", "\t ", "\u{0}"].randomElement(using: &random)! + ["live", "LIVE", "Live", "lIVE", "li\u{301}ve"].randomElement(using: &random)!
                    + ["script", "SCRIPT", "Script", "scr"].randomElement(using: &random)! + [":", "", "\u{212A}"].randomElement(using: &random)! + url
            }
            #expect(MarkdownSyntax.runsScript(url) == reference(url), "\(url.debugDescription)")
            if reference(url) { matched += 1 }
        }
        #expect(matched > 1_000)
        #expect(MarkdownSyntax.runsScript(" \tLiveScript:alert(1)") && !MarkdownSyntax.runsScript("livescript") && !MarkdownSyntax.runsScript("javascript:x"))
    }

    @Test("lineCount: the lines split(separator: \"\\n\") finds, \\r\\n counted as one character")
    func lineCountAsSplit() {
        let pieces = ["a", "\n", "\r\n", "\r", "中", " ", "\n\u{301}", "-->"]
        var random = SeededGenerator(state: 4_122_026)
        for _ in 0..<10_000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(MarkdownSyntax.lineCount(text) == text.split(separator: "\n", omittingEmptySubsequences: false).count, "\(text.debugDescription)")
        }
    }
}
