/// Small pieces of Markdown syntax read from text the parser hands back:
/// pure string functions, no cmark-gfm.
enum MarkdownSyntax {
    /// Whether a link target is a scheme a browser has run as script that
    /// cmark-gfm's safe mode lets through: it blanks `javascript:`,
    /// `vbscript:`, `file:` and non-image `data:`, not Netscape's `livescript:`.
    /// Blanked like cmark does (an empty `href`); raw-HTML mode trusts authors.
    /// By bytes: the scalars up to U+0020 are the bytes up to 0x20, and no scalar past ASCII
    /// lower-cases to the letters of `livescript:` (tested against the scalar version).
    static func runsScript(_ url: String) -> Bool {
        let target = Array("livescript:".utf8)
        var bytes = url.utf8.drop { $0 <= 0x20 }.prefix(target.count).makeIterator()
        for expected in target {
            guard let byte = bytes.next() else { return false }
            let lowered = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte
            if lowered != expected { return false }
        }
        return true
    }

    /// How many lines `text` holds, as `split(separator: "\n", omittingEmptySubsequences: false)`
    /// counts them (a `\r\n` is one character, not a `\n`), by bytes.
    static func lineCount(_ text: String) -> Int {
        var count = 1, previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") { count += 1 }
            previous = byte
        }
        return count
    }

    static func commentBody(_ literal: String) -> String? {
        let trimmed = literal.trimmingWhitespace()
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { return nil }
        return String(trimmed.dropFirst(4).dropLast(3)).trimmingWhitespace()
    }

    /// `Title {#custom-id}` → ("Title", "custom-id").
    static func splitExplicitID(_ literal: String) -> (String, String)? {
        let trimmed = literal.trimmingWhitespace(leading: false)
        guard trimmed.hasSuffix("}"), let brace = trimmed.lastIndex(of: "{") else { return nil }
        let afterBrace = trimmed.index(after: brace)
        guard afterBrace < trimmed.endIndex, trimmed[afterBrace] == "#" else { return nil }
        let id = trimmed[trimmed.index(after: afterBrace)..<trimmed.index(before: trimmed.endIndex)]
        guard !id.isEmpty, id.allSatisfy({ !$0.isWhitespace && $0 != "{" && $0 != "}" }) else { return nil }
        return (String(trimmed[..<brace]).trimmingWhitespace(leading: false), String(id))
    }
}
