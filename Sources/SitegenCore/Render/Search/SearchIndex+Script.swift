extension SearchIndex {
    /// The index's files: `search-index.js` and its shards (see ``SearchShards``).
    /// `scopes`: the URL prefixes of the site's translations (``SearchShards/write(_:termShardBytes:documentsPerShard:scopes:to:)``).
    public func files(scopes: [String] = []) -> [RenderedFile] { SearchShards.files(shardSource(), scopes: scopes) }

    /// The same files, each handed to `emit` as soon as it is made, the manifest last. The index
    /// goes once the shards' source is made from it (its term table is not needed for writing).
    public consuming func write(scopes: [String] = [], to emit: (RenderedFile) throws -> Void) rethrows {
        let source = shardSource()
        self = SearchIndex()
        try SearchShards.write(source, scopes: scopes, to: emit)
    }

    /// The index as the shards are written from it.
    func shardSource() -> ShardSource {
        let texts = postings.terms.map(\.text)
        let order = SearchTermOrder.sorted(texts)
        var position = [Int32](repeating: 0, count: order.count)  // in the order, by term number
        for (sorted, number) in order.enumerated() { position[Int(number)] = Int32(sorted) }
        return ShardSource(documents: documents, termTexts: order.map { texts[Int($0)] },
                           postings: postings.documentsByTerm(placing: position), heads: headPostings(position: position))
    }

    /// For each term, in the order `position` gives (by term number), the documents whose page
    /// title or heading holds it. (A query's hits hold every query term in their text, so terms
    /// found only in titles need no list; there are none, as a page's title is in the text of
    /// its top.) Terms are looked up as the tokenizer gives them, in the index's own table: no
    /// string is made for the words of 59,000 titles and headings.
    private func headPostings(position: [Int32]) -> [PostingList] {
        var lists = [PostingList](repeating: PostingList(), count: position.count)
        for (number, document) in documents.enumerated() {
            SearchTokenizer.forEachTerm(in: [document.title, document.heading]) { term in
                // A repeat within the document is ignored by the list.
                if let found = postings.number(of: term) { lists[Int(position[Int(found)])].append(UInt32(number)) }
            }
        }
        return lists
    }

    struct ShardSource: SearchShards.Source {
        let documents: [Document]
        let termTexts: [String]
        /// Each term's documents, in the order of `termTexts` (``SearchPostings/documentsByTerm(placing:)``).
        let postings: (starts: [Int], documents: [UInt32])
        /// The documents whose page title or heading holds each term, in the order of `termTexts`.
        let heads: [PostingList]

        var documentCount: Int { documents.count }

        func appendDocument(_ number: Int, to out: inout [UInt8]) {
            SearchIndex.append(documents[number], to: &out)
        }

        func appendTerm(_ number: Int, to out: inout [UInt8]) {
            out.append(UInt8(ascii: "\""))
            PostingList.appendGaps(postings.documents[postings.starts[number]..<postings.starts[number + 1]], to: &out)
            out += "\",\"".utf8
            out += heads[number].text
            out.append(UInt8(ascii: "\""))
        }
    }

    /// A document as a JSON array: URL, page title, heading, excerpt.
    static func append(_ document: Document, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        appendJSONString(document.url, to: &out)
        out.append(UInt8(ascii: ","))
        appendJSONString(document.title, to: &out)
        out.append(UInt8(ascii: ","))
        appendJSONString(document.heading, to: &out)
        out.append(UInt8(ascii: ","))
        appendJSONString(document.excerpt, to: &out)
        out.append(UInt8(ascii: "]"))
    }

    /// A JSON string as `JSONScript.encode` writes it: JSONEncoder's escapes
    /// (slashes not escaped), then JSONScript's script-safe ones.
    static func appendJSONString(_ text: String, to out: inout String) {
        var contiguous = text
        if contiguous.withUTF8({ !$0.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 } }) {
            out += "\""
            out += text
            out += "\""
        } else {
            var bytes: [UInt8] = []
            appendJSONString(text, to: &bytes)
            out += String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The same, as UTF-8 bytes: one pass over the text's bytes, copying the
    /// runs between escapes whole.
    static func appendJSONString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var copied = 0
            var position = 0
            func escape(_ replacement: StaticString, length: Int = 1) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<position]))
                out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                position += length
                copied = position
            }
            while position < bytes.count {
                switch bytes[position] {
                case 0x22: escape("\\\"")
                case 0x5C: escape("\\\\")
                case 0x3C: escape("\\u003c")
                case 0x3E: escape("\\u003e")
                case 0x26: escape("\\u0026")
                case 0x0A: escape("\\n")
                case 0x0D: escape("\\r")
                case 0x09: escape("\\t")
                case 0x08: escape("\\b")
                case 0x0C: escape("\\f")
                case let byte where byte < 0x20:
                    escape(byte < 0x10 ? "\\u000" : "\\u001", length: 0)
                    out.append(Self.hexDigits[Int(byte & 0xF)])
                    position += 1
                    copied = position
                case 0xE2 where Self.isLineOrParagraphSeparator(bytes, at: position):
                    escape(bytes[position + 2] == 0xA8 ? "\\u2028" : "\\u2029", length: 3)
                default:
                    position += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Whether U+2028 or U+2029 (E2 80 A8 / E2 80 A9) starts at `position`.
    static func isLineOrParagraphSeparator(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        position + 2 < bytes.count && bytes[position] == 0xE2 && bytes[position + 1] == 0x80
            && (bytes[position + 2] == 0xA8 || bytes[position + 2] == 0xA9)
    }
}
