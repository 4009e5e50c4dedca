import Testing
@testable import SitegenCore

@Suite("Front matter")
struct FrontMatterParserTests {
    func parse(_ text: String) -> FrontMatterParser.Result { FrontMatterParser.parse(SourceText(text)) }

    @Test("typed keys, and the body keeps its line numbers")
    func typed() {
        let result = parse("---\ntitle: 标题\nweight: 3\ndraft: true\ntags: [a, b]\noption: 注销账户\nlang: zh-CN\n---\n\n# Body\n")
        #expect(result.issues.isEmpty)
        #expect(result.frontMatter.title == "标题")
        #expect(result.frontMatter.weight == 3)
        #expect(result.frontMatter.draft)
        #expect(result.frontMatter.tags == ["a", "b"])
        #expect(result.frontMatter.options == ["注销账户"])
        #expect(result.frontMatter.lang == "zh-CN")
        #expect(result.body.line(10) == "# Body")
        #expect(result.body.line(2) == "")
    }

    @Test("wrong types are reported at the value")
    func wrongType() {
        let result = parse("---\ntitle: A\nweight: first\n---\n")
        #expect(result.issues.count == 1)
        #expect(result.issues[0].kind == .frontMatterInvalid)
        #expect(result.issues[0].range?.start == SourcePosition(line: 3, column: 9))
        #expect(result.issues[0].message == "'weight' must be a whole number, found 'first'")
    }

    @Test("languages are BCP 47 tags, as <html lang> needs them")
    func languages() {
        for good in ["en", "zh-CN", "pt-BR", "zh-Hant-TW", "yue", "de-CH-1996", "es-419"] {
            let result = parse("---\nlang: \(good)\n---\n")
            #expect(result.issues.isEmpty && result.frontMatter.lang == good, "\(good)")
            #expect(ConfigLoader.load(text: "language: \(good)\n").1.isEmpty, "\(good)")
        }
        for bad in ["english", "中文", "en us", "en_US", "e", "zh-", "-CN", "en-toolongsubtag"] {
            let result = parse("---\nlang: '\(bad)'\n---\n")
            #expect(result.issues.map(\.message) == ["'lang' must be a BCP 47 language tag like en, zh-CN or pt-BR, found '\(bad)'"])
            #expect(result.frontMatter.lang == nil)
            let (config, problems) = ConfigLoader.load(text: "language: '\(bad)'\n")
            #expect(problems.map(\.name) == ["config-invalid"] && config.language != bad, "\(bad)")
        }
    }

    @Test("dates are W3C dates, as sitemap.xml needs them: a day, or a day with a time and its zone")
    func dates() {
        for good in ["2026-01-31", "2024-02-29", "2026-01-31T09:30Z", "2026-01-31T09:30:15+08:00",
                     "2026-01-31T09:30:15.25-05:00", "2000-02-29"] {
            let result = parse("---\ndate: \(good)\nupdated: \(good)\n---\n")
            #expect(result.issues.isEmpty, "\(good): \(result.issues.map(\.message))")
            #expect(result.frontMatter.date == good && result.frontMatter.updated == good)
        }
        for bad in ["2026-13-45", "2026-02-29", "1900-02-29", "2026-1-31", "31/01/2026", "2026-01-31 09:30",
                    "2026-01-31T09:30", "2026-01-31T24:00Z", "2026-01-31T09:30:15.+08:00", "2026-01-31T09:30+0800",
                    "2026-01-31Z", "yesterday"] {
            let result = parse("---\ndate: \(bad)\n---\n")
            #expect(result.issues.map(\.message) == ["'date' must be a date like 2026-01-31 (or 2026-01-31T09:30:00+08:00), found '\(bad)'"])
            #expect(result.frontMatter.date == nil)
        }
    }

    @Test("unknown keys get a suggestion")
    func unknownKey() {
        let result = parse("---\ntitel: A\n---\n")
        #expect(result.issues.map(\.kind) == [.frontMatterUnknownKey])
        #expect(result.issues[0].hint?.contains("did you mean 'title'") == true)
        #expect(result.issues[0].range?.start.line == 2)
    }

    @Test("malformed YAML, a non-mapping and an unclosed block are errors")
    func malformed() {
        #expect(parse("---\ntitle: [a\n---\n").issues.first?.kind == .frontMatterInvalid)
        #expect(parse("---\n- a\n- b\n---\n").issues.first?.message.contains("must be a mapping") == true)
        #expect(parse("---\ntitle: a\n").issues.first?.message.contains("never closed") == true)
    }

    @Test("a YAML alias bomb stops at the node budget")
    func aliasBomb() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            let items = Array(repeating: "*\(level == 1 ? "a" : "l\(level - 1)")", count: 10).joined(separator: ", ")
            yaml += "l\(level): &l\(level) [\(items)]\n"
        }
        let result = parse("---\n" + yaml + "---\n")
        #expect(result.issues.first?.message.contains("expands to more than") == true)
    }

    @Test("unsafe slugs are refused")
    func unsafeSlug() {
        let source = PageSource(contentPath: "a/b.md", text: "---\nslug: ../../etc\n---\n", displayRoot: "Content")
        #expect(source.route.outputPath == "a/b/index.html")
        #expect(source.issues.first?.message.contains("not a single URL segment") == true)
    }
}
