import Testing
@testable import SitegenCore

/// The session's search index, kept page by page, writes what a fresh index
/// of the same pages writes, byte for byte, after every kind of change, and
/// tokenises only the pages that changed.
@Suite struct SearchIndexCacheTests {
    static let url: @Sendable (Page) -> String = { $0.route.outputPath }

    static func page(_ number: Int, _ body: String, extra: String = "") -> Page {
        parsePage("""
            ---
            title: 页面 \(number) Page\(number)
            description: 关于 "\(number)" & <more>
            \(extra)
            ---

            Intro words for page \(number): 解绑银行卡 step\(number)… “引号”

            ## 第一节 Section \(number)

            \(body)

            | 方案 | 费用 |
            | --- | --- |
            | A\(number) | \(number) 元 |

            ## Tail

            line\u{2028}separated and <script> and \\ back\\slash
            """, path: "p\(number).md")
    }

    static func fresh(_ pages: [Page]) -> [RenderedFile] {
        SearchIndex(pages: pages, workers: 1, url: url).files()
    }

    /// Every file of the cache's index, as one text.
    static func text(_ files: [RenderedFile]?) -> String {
        (files ?? []).map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
    }

    func expectSame(_ cache: SearchIndexCache, _ pages: [Page], tokenized: Int,
                    sourceLocation: SourceLocation = #_sourceLocation) {
        let files = cache.files(pages: pages, workers: 2, shouldStop: { false }, url: Self.url)
        #expect(files == Self.fresh(pages), sourceLocation: sourceLocation)
        #expect(cache.pagesTokenized == tokenized, sourceLocation: sourceLocation)
    }

    @Test func matchesAFreshIndexAfterEveryKindOfChange() throws {
        var pages = (0..<12).map { Self.page($0, "body \($0) 正文\($0) common 共同") }
        let cache = SearchIndexCache()
        expectSame(cache, pages, tokenized: 12)  // cold: every page
        expectSame(cache, pages, tokenized: 0)  // nothing changed

        pages[3] = Self.page(3, "edited zyzzyva 新词汇")  // an edit with new terms
        expectSame(cache, pages, tokenized: 1)
        #expect(Self.text(cache.files(pages: pages, workers: 1, shouldStop: { false }, url: Self.url)).contains("\"zyzzyva\""))

        pages[3] = Self.page(3, "body 3")  // the new terms gone again: not listed
        expectSame(cache, pages, tokenized: 1)
        let script = Self.text(cache.files(pages: pages, workers: 1, shouldStop: { false }, url: Self.url))
        #expect(!script.contains("zyzzyva") && !script.contains("汇"))

        pages.insert(Self.page(40, "added page 新增"), at: 5)  // added: later documents renumbered
        expectSame(cache, pages, tokenized: 1)
        pages.remove(at: 0)  // removed
        expectSame(cache, pages, tokenized: 0)
        pages.swapAt(1, 7)  // reordered (navigation order changed)
        expectSame(cache, pages, tokenized: 0)
        let two = try #require(pages.firstIndex { $0.route.outputPath == Self.page(2, "").route.outputPath })
        pages[two] = Self.page(2, "body 2", extra: "search: false")  // left out of search
        expectSame(cache, pages, tokenized: 0)
        pages[two] = Self.page(2, "body 2")  // and back in
        expectSame(cache, pages, tokenized: 1)
        expectSame(cache, [], tokenized: 0)
        expectSame(cache, pages, tokenized: pages.count)  // parts of removed pages are not kept
    }

    @Test func aPageAtANewURLIsTokenisedAgain() {
        let pages = (0..<3).map { Self.page($0, "body") }
        let cache = SearchIndexCache()
        _ = cache.files(pages: pages, workers: 1, shouldStop: { false }, url: Self.url)
        let moved: @Sendable (Page) -> String = { "docs/" + $0.route.outputPath }
        let bytes = cache.files(pages: pages, workers: 1, shouldStop: { false }, url: moved)
        #expect(cache.pagesTokenized == 3)
        #expect(bytes == SearchIndex(pages: pages, workers: 1, url: moved).files())
    }

    @Test func anEqualPageParsedAgainIsTokenisedAgainAndChangesNothing() {
        let pages = (0..<3).map { Self.page($0, "body") }
        let cache = SearchIndexCache()
        _ = cache.files(pages: pages, workers: 1, shouldStop: { false }, url: Self.url)
        var again = pages
        again[1] = Self.page(1, "body")  // equal, but a new value
        #expect(again == pages)
        expectSame(cache, again, tokenized: 1)
    }

    @Test func aStoppedCallWritesNothingAndTheNextCatchesUp() {
        var pages = (0..<6).map { Self.page($0, "body") }
        let cache = SearchIndexCache()
        #expect(cache.files(pages: pages, workers: 2, shouldStop: { true }, url: Self.url) == nil)
        expectSame(cache, pages, tokenized: 6)
        pages[4] = Self.page(4, "changed")
        #expect(cache.files(pages: pages, workers: 1, shouldStop: { true }, url: Self.url) == nil)
        expectSame(cache, pages, tokenized: 1)
    }

    @Test func twoPagesAtOnePathAreIndexedBothAsAFreshIndexWould() {
        let pages = [Self.page(1, "first"), Self.page(1, "second copy"), Self.page(2, "other")]
        let cache = SearchIndexCache()
        expectSame(cache, pages, tokenized: 3)
    }

    @Test func wordsTypedAndDeletedAgainDoNotPileUp() {
        var pages = (0..<4).map { Self.page($0, "body \($0) 正文") }
        let cache = SearchIndexCache(compactionSlack: 8)
        expectSame(cache, pages, tokenized: 4)
        let live = cache.termCount
        var mostTerms = live
        for edit in 0..<40 {
            // Each save brings six words never seen before and drops the previous save's.
            let words = (0..<6).map { "word\(edit)x\($0)" }.joined(separator: " ")
            pages[edit % 4] = Self.page(edit % 4, "body \(edit % 4) 正文 \(words)")
            expectSame(cache, pages, tokenized: 1)
            mostTerms = max(mostTerms, cache.termCount)
        }
        // Live: the first terms and at most 24 words of the last edits; dead ones are dropped
        // once they outnumber those by 8 (checked after each save, which brings 6).
        let bound = 2 * (live + 24) + 8 + 6
        #expect(live + 240 > bound, "without dropping, the 240 words typed would break the bound")
        #expect(mostTerms <= bound, "\(mostTerms) terms kept for \(live) live at the start")
        pages = (0..<4).map { Self.page($0, "body \($0) 正文") }
        expectSame(cache, pages, tokenized: 4)
        expectSame(cache, pages, tokenized: 0)
    }
}
