/// Small pieces of Markdown syntax read from text the parser hands back:
/// pure string functions, no cmark-gfm.
enum MarkdownSyntax {
    /// Whether a link target is a scheme a browser has run as script that
    /// cmark-gfm's safe mode lets through: it blanks `javascript:`,
    /// `vbscript:`, `file:` and non-image `data:`, not Netscape's `livescript:`.
    /// Blanked like cmark does (an empty `href`); raw-HTML mode trusts authors.
    static func runsScript(_ url: String) -> Bool {
        let scheme = url.unicodeScalars.drop { $0.value <= 0x20 }.prefix(11)
        return String(String.UnicodeScalarView(scheme)).lowercased() == "livescript:"
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
