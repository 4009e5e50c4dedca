import Testing
@testable import SitegenCore

/// Renaming a heading and the links to it, and finding a link's fragment in its source.
@Suite struct HeadingRenameTests {
    /// The site's files after renaming heading `index` of `page`, by content path.
    static func renamed(_ files: [String: String], page path: String, heading index: Int, to name: String) throws -> (files: [String: String], rename: HeadingRename) {
        let site = TestSite.site(files)
        let page = try #require(site.pages.first { $0.contentPath == path })
        let rename = try HeadingRename(heading: index, of: page, to: name, in: site)
        return (TestSite.applying(rename, to: files, of: site), rename)
    }

    /// The text a span covers.
    static func text(_ span: (start: SourcePosition, end: SourcePosition)?, in source: SourceText) -> String? {
        span.map { source.text(from: $0.start, to: $0.end) }
    }

    @Test(arguments: [
        ("## 费用 对比\n", "费用 对比"),
        ("#   Spaced   \n", "Spaced"),
        ("## Closed ##\n", "Closed"),
        ("## C# and F#\n", "C# and F#"),
        ("## Kept {#kept}\n", "Kept"),
        ("## Both {#both} ###\n", "Both"),
        ("> ## 引用里的标题\n", "引用里的标题"),
        ("- item\n\n  ### In a list\n", "In a list"),
        ("Setext 标题\n===\n", "Setext 标题"),
        ("Under *line*\n---\n", "Under *line*"),
        ("Followed\n===\n\nby a paragraph.\n", "Followed"),
        ("Two\nlines\n===\n\nAfter.\n", "Two\nlines"),
    ])
    func aHeadingsTextIsWhereItIsWritten(markdown: String, expected: String) throws {
        let page = try #require(TestSite.site(markdown).pages.first)
        let heading = try #require(page.headings.first)
        #expect(Self.text(HeadingText.span(of: heading, in: page.source), in: page.source) == expected)
    }

    @Test func anExplicitIDIsPartOfTheSpanWhenAsked() throws {
        let page = try #require(TestSite.site("## Kept {#kept} ##\n").pages.first)
        #expect(Self.text(HeadingText.span(of: page.headings[0], in: page.source, withID: true), in: page.source) == "Kept {#kept}")
    }

    @Test func renamingAHeadingChangesEveryLinkToItAcrossTheSite() throws {
        let files = [
            "guide.md": "# Guide\n\n## 注销条件\n\nSee [条件](#注销条件) and [top](#guide).\n",
            "other.md": """
                # Other

                Read [the conditions](guide.md#注销条件) or [again](<guide.md#注销条件> "title").

                | Option | Where |
                |---|---|
                | A | [here](guide.md#注销条件) |

                [ref]: guide.md#注销条件

                Use [a reference][ref] and [the same one][ref]; [the guide](guide.md) has no fragment.

                """,
        ]
        let (after, rename) = try Self.renamed(files, page: "guide.md", heading: 1, to: "解除实名的条件")
        #expect(rename.anchors == ["注销条件": "解除实名的条件"])
        #expect(after["guide.md"] == "# Guide\n\n## 解除实名的条件\n\nSee [条件](#解除实名的条件) and [top](#guide).\n")
        #expect(after["other.md"] == files["other.md"]!.replacingOccurrences(of: "#注销条件", with: "#解除实名的条件"))
        #expect(rename.unplaced.isEmpty)
        #expect(TestSite.places(Checker().check(TestSite.site(after))).isEmpty)
    }

    @Test func aPercentEncodedFragmentIsWrittenEncoded() throws {
        let files = ["a.md": "# A\n\n## 费用\n", "b.md": "# B\n\n[cost](a.md#%E8%B4%B9%E7%94%A8)\n"]
        let (after, _) = try Self.renamed(files, page: "a.md", heading: 1, to: "价格")
        #expect(after["b.md"] == "# B\n\n[cost](a.md#%E4%BB%B7%E6%A0%BC)\n")
    }

    @Test func laterHeadingsOfTheSameTextKeepTheirLinks() throws {
        // "cost", "cost-1": renaming the first makes the second "cost"; both links follow.
        let files = ["p.md": "# P\n\n## Cost\n\n## Cost\n\n[first](#cost) [second](#cost-1)\n"]
        let (after, rename) = try Self.renamed(files, page: "p.md", heading: 1, to: "Price")
        #expect(rename.anchors == ["cost": "price", "cost-1": "cost"])
        #expect(after["p.md"] == "# P\n\n## Price\n\n## Cost\n\n[first](#price) [second](#cost)\n")
    }

    @Test func anExplicitIDKeepsItsLinksUnlessTheNameGivesAnother() throws {
        let files = ["p.md": "# P\n\n## Cost {#cost}\n\n[c](#cost)\n"]
        let (kept, keptRename) = try Self.renamed(files, page: "p.md", heading: 1, to: "Price")
        #expect(keptRename.anchors.isEmpty)
        #expect(kept["p.md"] == "# P\n\n## Price {#cost}\n\n[c](#cost)\n")
        let (moved, _) = try Self.renamed(files, page: "p.md", heading: 1, to: "Price {#price}")
        #expect(moved["p.md"] == "# P\n\n## Price {#price}\n\n[c](#price)\n")
    }

    @Test func aFragmentWrittenWithEscapesIsToldNotGuessed() throws {
        let files = ["p.md": "# P\n\n## a_b\n\n[x](#a\\_b)\n"]
        let (after, rename) = try Self.renamed(files, page: "p.md", heading: 1, to: "c")
        #expect(rename.unplaced.map { "\($0.file):\($0.range.start.line)" } == ["Content/p.md:5"])
        #expect(after["p.md"] == "# P\n\n## c\n\n[x](#a\\_b)\n")
    }

    @Test(arguments: [
        ("", HeadingRename.Failure.emptyText),
        ("two\nlines", .severalLines),
        ("- a list", .notAHeading("- a list")),
        ("> quoted", .notAHeading("> quoted")),
    ])
    func aNameThatIsNoHeadingTextIsRefused(name: String, failure: HeadingRename.Failure) throws {
        let site = TestSite.site("# P\n\nCost\n----\n")
        #expect(throws: failure) { try HeadingRename(heading: 1, of: site.pages[0], to: name, in: site) }
    }

    @Test func anATXHeadingTakesAnyLine() throws {
        let (after, _) = try Self.renamed(["p.md": "# P\n\n## Cost\n"], page: "p.md", heading: 1, to: "- not a list here")
        #expect(after["p.md"] == "# P\n\n## - not a list here\n")
        let (setext, _) = try Self.renamed(["p.md": "# P\n\nCost\n----\n"], page: "p.md", heading: 1, to: "价格 *new*")
        #expect(setext["p.md"] == "# P\n\n价格 *new*\n----\n")
    }

    /// Random pages of headings (repeated texts, explicit ids, Chinese, punctuation, setext) and
    /// links to them (inline, angle-bracketed, by reference, in a table cell, in a block quote,
    /// percent-encoded, from the page and another): after renaming a random heading to a random text, every link that found its anchor
    /// still finds it, and the heading reads the new text.
    @Test(arguments: 0..<150)
    func renamingKeepsEveryWorkingLinkWorking(seed: Int) throws {
        var random = SeededGenerator(state: UInt64(seed) &+ 0x9E37_79B9)
        let words = ["Cost", "cost", "费用", "注销条件", "Setup & run", "C#", "a_b", "Über", "2024", "Q&A?"]
        var headings: [String] = []
        var page = "# Page\n\n"
        for _ in 0..<Int.random(in: 2...6, using: &random) {
            let text = words.randomElement(using: &random)! + (Bool.random(using: &random) ? "" : " " + words.randomElement(using: &random)!)
            headings.append(text)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: page += "## \(text) {#id-\(headings.count)}\n\n"
            case 1: page += "\(text)\n---\n\n"
            case 2: page += "### \(text) ###\n\n"
            default: page += "## \(text)\n\n"
            }
        }
        let anchors = TestSite.site(["a.md": page]).pages[0].headings.map(\.anchor)
        var other = "# Other\n\n", references = ""
        for (index, anchor) in anchors.enumerated() {
            let encoded = Bool.random(using: &random) ? URLPath.encodeFragment(anchor) : anchor
            switch Int.random(in: 0..<5, using: &random) {
            case 0: page += "See [\(index)](#\(encoded)).\n\n"
            case 1: other += "See [\(index)](<a.md#\(encoded)>) and [again](a.md#\(encoded) \"t\").\n\n"
            case 2: other += "| Where | Link |\n|---|---|\n| 表 \(index) | [在这里](a.md#\(encoded)) |\n\n"
            case 3: other += "> Quoted: [\(index)](a.md#\(encoded))\n\n"
            default:
                other += "See [\(index)][r\(index)].\n\n"
                references += "[r\(index)]: a.md#\(encoded)\n"
            }
        }
        let files = ["a.md": page, "b.md": other + "\n" + references]
        func brokenLinks(_ files: [String: String]) -> Int {
            TestSite.run(LinkBrokenAnchor(), on: TestSite.site(files)).count
        }
        let index = Int.random(in: 1...headings.count, using: &random)  // (heading 0 is the title)
        let name = words.randomElement(using: &random)! + " " + words.randomElement(using: &random)!
        let (after, rename) = try Self.renamed(files, page: "a.md", heading: index, to: name)
        #expect(rename.unplaced.isEmpty)
        #expect(brokenLinks(after) == brokenLinks(files), "\(files) → \(after)")
        let renamed = TestSite.site(after).pages.first { $0.contentPath == "a.md" }!.headings[index]
        #expect(renamed.text == name)
    }

    @Test func theLinksToAPageAnAnchorOrATableAreFound() throws {
        let site = TestSite.site([
            "a.md": "# A\n\n## Cost\n\n[self](#cost)\n",
            "b.md": "# B\n\n[a](a.md) [cost](a.md#cost) [table](a.md#tbl-x) [b](#cost)\n",
        ])
        func found(_ anchor: String?) -> [String] {
            LinkReferences.links(to: "a.md", anchor: anchor, in: site).map { "\($0.page.contentPath) \($0.link.destination)" }
        }
        #expect(found("cost") == ["a.md #cost", "b.md a.md#cost"])
        #expect(found(nil) == ["b.md a.md", "b.md a.md#cost", "b.md a.md#tbl-x"])
        #expect(found("tbl-x") == ["b.md a.md#tbl-x"])
    }
}
