import Foundation
import Testing
@testable import SitegenCore

/// `{{value}}` in templates is escaped byte by byte (the vendored swift-mustache patch; sitegen's own HTML.escape likewise).
@Suite struct TemplateEscapingTests {
    @Test func escapesTheFiveCharactersByteByByte() {
        #expect(HTML.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        // One Character ("\"" with a combining acute accent), still a quote byte.
        let accent = "\u{301}", stroke = "\u{338}"
        let quoted = HTML.escape("x\"" + accent + " y"), angled = HTML.escape("<" + stroke)
        #expect(quoted == "x&quot;" + accent + " y")
        #expect(angled == "&lt;" + stroke)
        #expect(HTML.escape("纯文本 plain") == "纯文本 plain")
        #expect(HTML.escape("") == "")
        #expect(HTML.escape("it's", apostrophe: false) == "it's")
    }

    @Test func escapesAsAByteReferenceDoesOnRandomText() {
        func reference(_ text: String, apostrophe: Bool) -> String {
            var out = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                case "'" where apostrophe: out += "&#39;"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
        var rng = SeededGenerator(state: 0xE5C)
        let pieces = ["&", "<", ">", "\"", "'", "a", "纯", "\u{301}", "🇨🇳", " ", "&amp;", "\n"]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...300, using: &rng) { text += pieces.randomElement(using: &rng)! }
            // Substrings too: their bytes may start inside a larger string.
            let sliced = String(Substring(text).dropFirst(Int.random(in: 0...2, using: &rng)))
            for candidate in [text, sliced] {
                #expect(HTML.escape(candidate) == reference(candidate, apostrophe: true))
                #expect(HTML.escape(candidate, apostrophe: false) == reference(candidate, apostrophe: false))
            }
        }
    }

    @Test("a quote followed by a combining mark cannot end an attribute")
    func combiningMarkAfterQuote() throws {
        let site = try TemporarySite(files: [
            "Content/_index.md": "---\ntitle: Home\n---\n\nHello.\n",
            "Content/a.md": "---\ntitle: \"A\\\"\u{301} onmouseover=alert(1) x\"\ndescription: \"d\\\"\u{301}<b>\"\n---\n\nText.\n",
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success, "\(report.diagnostics)")
        let html = try site.read("public/a/index.html")
        let accent = "\u{301}"
        let title = "content=\"A&quot;" + accent + " onmouseover=alert(1) x\""
        let description = "content=\"d&quot;" + accent + "&lt;b&gt;\""
        let escaped = "\"" + accent + " onmouseover"
        #expect(html.contains(title))
        #expect(html.contains(description))
        #expect(!html.contains(escaped))
    }

    @Test("a template syntax error is reported on its own line")
    func errorLine() throws {
        let site = try TemporarySite(files: [
            "Content/_index.md": "---\ntitle: Home\n---\n\nHello.\n",
            "Templates/partials/footer.mustache": "<footer>\n{{#open}}\n<p>ok</p>\n{{/shut}}\n</footer>\n",
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .contentErrors)
        let diagnostic = try #require(report.diagnostics.first { $0.name == "template-error" })
        #expect(diagnostic.file == "Templates/partials/footer.mustache")
        #expect(diagnostic.message.hasPrefix("template syntax error"))
        #expect(diagnostic.range?.start.line == 4, "\(String(describing: diagnostic.range))")
    }
}
