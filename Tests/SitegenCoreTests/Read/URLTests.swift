import Foundation
import Testing
@testable import SitegenCore

@Suite("Anchors, URLs and links")
struct URLTests {
    @Test("CJK headings keep readable anchors; repeats are numbered", arguments: [
        ("一、官方注销账户流程", "一官方注销账户流程"),
        ("Hello, World!", "hello-world"),
        ("Café  au lait", "café-au-lait"),
        ("C++ & Swift 6", "c-swift-6"),
        ("八、替代方案对比分析", "八替代方案对比分析"),
    ])
    func slug(input: String, expected: String) {
        #expect(Slugger.slug(input) == expected)
    }

    @Test("unique anchors")
    func unique() {
        var slugger = Slugger()
        #expect(slugger.unique("概述") == "概述")
        #expect(slugger.unique("概述") == "概述-1")
        #expect(slugger.unique("!!!") == "section")
        #expect(slugger.unique("???") == "section-1")
    }

    @Test("relative URLs between output files", arguments: [
        ("a/b/", "a/c/index.html", SiteConfig.URLStyle.portable, "../c/index.html"),
        ("a/b/", "a/c/index.html", .pretty, "../c/"),
        ("", "a/index.html", .portable, "a/index.html"),
        ("a/b/", "index.html", .pretty, "../../"),
        ("a/", "a/index.html", .pretty, "./"),
        ("", "方法/注销/index.html", .portable, "%E6%96%B9%E6%B3%95/%E6%B3%A8%E9%94%80/index.html"),
    ])
    func relative(from: String, to: String, style: SiteConfig.URLStyle, expected: String) {
        #expect(URLPath.relative(from: from, to: to, style: style) == expected)
    }

    @Test("schemes as RFC 3986 spells them", arguments: [
        ("https://example.org", true), ("mailto:a@b.c", true), ("x-git+ssh.1:repo", true), ("C:file", true),
        ("a/b:c", false), ("1http://x", false), (":x", false), ("页面:x", false), ("é:x", false), ("ht tp://x", false),
        ("../a.md#b:c", false), ("no colon", false), ("", false),
    ])
    func scheme(text: String, expected: Bool) {
        #expect(LinkResolver.hasScheme(text) == expected)
    }

    @Test func percentEncodingMatchesFoundationsUnreservedSet() {
        var unreserved = CharacterSet(charactersIn: "-._~")
        unreserved.formUnion(CharacterSet(charactersIn: "a"..."z"))
        unreserved.formUnion(CharacterSet(charactersIn: "A"..."Z"))
        unreserved.formUnion(CharacterSet(charactersIn: "0"..."9"))
        var rng = SeededGenerator(state: 0x0E1C)
        let pieces = ["a", "Z", "9", "-", ".", "_", "~", " ", "/", "%", "#", "?", "注销", "é", "🇨🇳", "\u{0}", "+", "&"]
        for _ in 0..<2_000 {
            var segment = ""
            for _ in 0..<Int.random(in: 0...20, using: &rng) { segment += pieces.randomElement(using: &rng)! }
            #expect(URLPath.encode(segment) == segment.addingPercentEncoding(withAllowedCharacters: unreserved))
            #expect(URLPath.decode(URLPath.encode(segment)) == segment)
        }
        #expect(URLPath.segments(of: "/a//b/c/") == ["a", "b", "c"])
        #expect(URLPath.normalize("a/./b/../c") == "a/c" && URLPath.normalize("a/../..") == nil)
    }

    @Test("links resolve to pages, anchors, assets, external URLs or nothing")
    func resolve() {
        let routes = [
            "_index.md": Route(outputPath: "index.html"),
            "methods/_index.md": Route(outputPath: "methods/index.html"),
            "methods/cancel.md": Route(outputPath: "methods/cancel/index.html"),
        ]
        let resolver = LinkResolver(routes: routes, assets: ["methods/img.png"], style: .portable)
        let (page, url) = resolver.resolve("cancel.md#条件", from: "methods/_index.md")
        #expect(page == .page("methods/cancel.md", fragment: "条件"))
        #expect(url == "cancel/index.html#%E6%9D%A1%E4%BB%B6")
        #expect(resolver.resolve("../_index.md", from: "methods/cancel.md").1 == "../../index.html")
        #expect(resolver.resolve("/methods/", from: "methods/cancel.md").0 == .page("methods/_index.md", fragment: nil))
        #expect(resolver.resolve("img.png", from: "methods/cancel.md").1 == "../img.png")
        #expect(resolver.resolve("https://example.org", from: "_index.md").0 == .external("https://example.org"))
        #expect(resolver.resolve("#top", from: "_index.md").0 == .anchor("top"))
        #expect(resolver.resolve("nope.md", from: "_index.md").0 == .missing("nope.md", fragment: nil))
        #expect(resolver.resolve("../../../etc/passwd", from: "_index.md").0 == .missing("../../../etc/passwd", fragment: nil))
        // `?` ends the path and `#` starts the fragment as bytes, as in a browser: also a `#`
        // followed by a combining mark (one Character with it).
        #expect(resolver.resolve("cancel.md?x=1#a", from: "methods/_index.md").0 == .page("methods/cancel.md", fragment: "a"))
        #expect(resolver.resolve("cancel.md#\u{301}x", from: "methods/_index.md").0
            == .page("methods/cancel.md", fragment: "\u{301}x"))
        // Without the URL (what `sitegen check` asks): the same targets, no URL.
        for destination in ["cancel.md#条件", "../_index.md", "/methods/", "img.png", "https://example.org", "#top", "nope.md"] {
            for from in ["_index.md", "methods/_index.md", "methods/cancel.md"] {
                let targetOnly = resolver.resolve(destination, from: from, withURL: false)
                #expect(targetOnly.0 == resolver.resolve(destination, from: from).0)
                #expect(targetOnly.1 == nil)
            }
        }
    }

    @Test("a path normal already is its own normal form; others are normalised segment by segment, on random paths")
    func normalizeMatchesSegments() {
        /// The normal form by segments, as `normalize` works out a path that is not normal already.
        func reference(_ path: String) -> String? {
            var parts: [Substring] = []
            for part in path.split(separator: "/") where part != "." {
                if part == ".." {
                    if parts.isEmpty { return nil }
                    parts.removeLast()
                } else {
                    parts.append(part)
                }
            }
            return parts.joined(separator: "/")
        }
        var random = SeededGenerator(state: 20_261_206)
        let pieces = ["a", "/", ".", "..", "中", "b.c", "...", "//", ".\u{301}", "%2e"]
        var unchanged = 0, changed = 0
        for _ in 0..<5_000 {
            let path = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let normal = URLPath.normalize(path)
            #expect(normal == reference(path), "\(path.debugDescription)")
            if normal == path { unchanged += 1 } else { changed += 1 }
        }
        #expect(unchanged > 500 && changed > 2_000)
    }
}

