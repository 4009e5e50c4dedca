import Foundation
import Testing
@testable import SitegenCore

/// The search index as files: a manifest and shards that, read back as the
/// theme script reads them, give the index's documents and postings, with
/// the documents whose title or heading holds each term.
@Suite struct SearchShardsTests {
    static let words = ["银行卡", "解除", "实名", "注销", "账户", "apple", "apricot", "banana", "zebra", "cards", "1.5", "10",
                        "Äpfel", "<tag>", "\"quoted\"", "back\\slash", "line\u{2028}sep", "é", "反悔期"]

    /// A random index of `count` documents, each with a few of the words in its title, heading and text.
    static func randomIndex(_ count: Int, seed: UInt64) -> SearchIndex {
        var random = SeededGenerator(state: seed)
        func some(_ n: Int) -> String { (0..<n).map { _ in words.randomElement(using: &random)! }.joined(separator: " ") }
        var index = SearchIndex()
        for number in 0..<count {
            let title = some(2), heading = Bool.random(using: &random) ? some(1) : ""
            index.add(SearchIndex.Document(url: "p\(number / 4)/index.html#h\(number)", title: title, heading: heading,
                                           excerpt: some(3)),
                      texts: [heading.isEmpty ? title : heading, some(Int.random(in: 0...6, using: &random)), "w\(number % 37)"])
        }
        return index
    }

    static func files(_ index: SearchIndex, termShardBytes: Int, documentsPerShard: Int) -> [RenderedFile] {
        SearchShards.files(index.shardSource(), termShardBytes: termShardBytes, documentsPerShard: documentsPerShard)
    }

    @Test(arguments: [(1, 1), (40, 16), (100_000, 128)])
    func readBackTheyAreTheIndex(termShardBytes: Int, documentsPerShard: Int) throws {
        let index = Self.randomIndex(300, seed: UInt64(termShardBytes))
        let files = Self.files(index, termShardBytes: termShardBytes, documentsPerShard: documentsPerShard)
        let read = try SearchFiles(files)
        #expect(read.documents == index.documents.map { [$0.url, $0.title, $0.heading, $0.excerpt] })
        #expect(read.termOrder == index.sortedTerms().map(\.0))
        #expect(read.termOrder == read.termOrder.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
        for (term, list) in index.sortedTerms() {
            #expect(read.terms[term]?.documents == list.numbers, "\(term)")
            // Heads: the documents holding the term whose title or heading holds it too.
            let heads = index.documents.indices.filter { number in
                SearchTokenizer.tokens(index.documents[number].title + " " + index.documents[number].heading).contains(term)
            }.map(UInt32.init)
            #expect(read.terms[term]?.heads == heads, "\(term)")
        }
        let shards = files.filter { $0.path.hasPrefix("search-index/t") }
        #expect(shards.count == (termShardBytes == 1 ? index.sortedTerms().count : termShardBytes == 40 ? shards.count : 1))
        #expect(files.filter { $0.path.hasPrefix("search-index/d") }.count == (300 + documentsPerShard - 1) / documentsPerShard)
    }

    @Test("a term shard ends at the first entry (term and lists) that takes it past its size",
          arguments: [64, 400, 1_500])
    func termShardsEndPastTheirSize(limit: Int) throws {
        let index = Self.randomIndex(500, seed: 7)
        let files = Self.files(index, termShardBytes: limit, documentsPerShard: 128)
        let read = try SearchFiles(files)
        #expect(read.termShards.count > 3)
        #expect(limit == 64 || read.termShards.filter { $0.count > 2 }.count > 2, "shards of a few entries")
        for (number, shard) in read.termShards.enumerated() {
            // An entry's bytes as the shard writes it, with the comma before it.
            let sizes = try shard.enumerated().map { position, term in
                let entry = [term, SearchIndex.encode(read.terms[term]!.documents), SearchIndex.encode(read.terms[term]!.heads)]
                return try JSONScript.encode(entry).utf8.count + (position > 0 ? 1 : 0)
            }
            #expect(sizes.dropLast().reduce(0, +) < limit, "shard \(number) went on past its size")
            if number < read.termShards.count - 1 { #expect(sizes.reduce(0, +) >= limit, "shard \(number) ended early") }
            // The entries are the shard's list: its bytes are theirs and the brackets.
            let file = try #require(files.first { $0.path == "search-index/t\(number).js" })
            let url = try #require((read.manifest["termFiles"] as? [String])?[number])
            #expect(file.bytes.count == "sitegenSearch.shards[\"\(url)\"]=[];\n".utf8.count + sizes.reduce(0, +))
        }
    }

    @Test("a shard's URL changes with its bytes, and only then")
    func shardURLsFollowTheirBytes() throws {
        let index = Self.randomIndex(100, seed: 3)
        var edited = index
        edited.documents[40].excerpt = "changed"  // document shard 2 of 16 a shard
        let before = try SearchFiles(Self.files(index, termShardBytes: 100, documentsPerShard: 16)).manifest
        let after = try SearchFiles(Self.files(edited, termShardBytes: 100, documentsPerShard: 16)).manifest
        let old = before["documentFiles"] as! [String], new = after["documentFiles"] as! [String]
        #expect(old.indices.filter { old[$0] != new[$0] } == [2])
        #expect(before["termFiles"] as! [String] == after["termFiles"] as! [String])
        #expect(old.allSatisfy { $0.range(of: #"^search-index/d\d+\.js\?v=[0-9a-f]{8}$"#, options: .regularExpression) != nil })
    }

    @Test("the digest is the same in every process (pinned: Swift's Hasher is seeded per process)")
    func digestIsStable() {
        #expect(StableDigest.of(Array("sitegenSearch.shards[\"t0\"]=[];\n".utf8)) == 0x2F7E_F01F_EE67_E288)
        #expect(StableDigest.of([]) == 0xCBF2_9CE4_4FD0_BFC1)
        // Every byte counts, in the eight-byte steps and in the tail.
        let base = Array("0123456789abcdefXYZ".utf8)
        let digests = Set(base.indices.map { position in
            var changed = base
            changed[position] ^= 1
            return StableDigest.of(changed)
        } + [StableDigest.of(base)])
        #expect(digests.count == base.count + 1)
    }

    @Test("the manifest lists the Traditional forms of the index's own Chinese characters, for search.js")
    func manifestListsFolds() throws {
        var index = SearchIndex()
        index.add(.init(url: "a.html", title: "银行卡", heading: "", excerpt: ""), text: "银行卡 apple")
        let manifest = try #require(index.files().first { $0.path == SearchIndex.fileName })
        let text = String(decoding: manifest.bytes, as: UTF8.self)
        #expect(text.contains("\"folds\":\"銀银\""), "\(text)")  // 行 and 卡 have no other form; 万 is not in the index
        #expect(SearchShards.foldPairs(of: ["万", "abc"]) == "萬万")
        #expect(SearchShards.foldPairs(of: ["台"]).unicodeScalars.count >= 4)  // 臺 and 檯 (and 颱) read as 台
    }

    @Test func anEmptyIndexIsAManifestAlone() throws {
        let files = SearchIndex().files()
        #expect(files.map(\.path) == [SearchIndex.fileName])
        let read = try SearchFiles(files)
        #expect(read.documents.isEmpty && read.terms.isEmpty)
    }

    @Test("documents and terms are written as JSONEncoder writes them, script-safe")
    func jsonAsTheEncoderWritesIt() throws {
        var index = SearchIndex()
        let texts = ["plain words", "quote \" back \\ slash / tab\t nl\n cr\r", "控制 \u{1} \u{1F} \u{8} \u{C}",
                     "<b>&amp;</b> \u{2028} \u{2029} emoji 🎉 é e\u{301}", "中文 检索 词条", ""]
        for (number, text) in texts.enumerated() {
            index.add(SearchIndex.Document(url: "p\(number)/index.html#h\(number)", title: text, heading: text,
                                           excerpt: text), text: text + " zebra apple Äpfel äpfel 1.5 10 9 </script>")
        }
        let files = index.files()
        let documents = try JSONScript.encode(index.documents.map { [$0.url, $0.title, $0.heading, $0.excerpt] })
        let d0 = try #require(try SearchFiles(files).manifest["documentFiles"] as? [String]).first!
        #expect(files.contains { $0.path == "search-index/d0.js" && $0.bytes == Array("sitegenSearch.shards[\"\(d0)\"]=\(documents);\n".utf8) })
        #expect(files.last?.path == SearchIndex.fileName, "the manifest comes last")
        let manifest = String(decoding: files.last!.bytes, as: UTF8.self)
        #expect(manifest.contains(",\"termShards\":" + (try JSONScript.encode([index.sortedTerms()[0].0])) + ","))
        let terms = String(decoding: files.first { $0.path == "search-index/t0.js" }!.bytes, as: UTF8.self)
        for (term, _) in index.sortedTerms() { #expect(terms.contains("[" + (try JSONScript.encode([term])).dropFirst().dropLast() + ",")) }
        for file in files { #expect(!String(decoding: file.bytes, as: UTF8.self).contains("</"), "\(file.path)") }
    }
}
