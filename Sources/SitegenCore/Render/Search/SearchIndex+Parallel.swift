extension SearchIndex {
    /// The same index as `init(pages:url:)`, with the pages tokenised on
    /// `workers` threads and merged in page order (so document numbers and
    /// postings are identical).
    public init(pages: [Page], workers: Int, url: @Sendable (Page) -> String) {
        self = Self.build(pages: pages, workers: workers, shouldStop: { false }, url: url)!
    }

    /// The index, or nil when `shouldStop` said so before it was finished
    /// (asked once a page; the dev server stops a deferred index when an
    /// edit arrives, since the next build makes a new one anyway).
    public static func build(
        pages: [Page], workers: Int, shouldStop: @Sendable () -> Bool, url: @Sendable (Page) -> String
    ) -> SearchIndex? {
        // One run of consecutive pages per worker: few parts, so terms are not
        // stored once per small part (157 parts of 64 pages held ~100 MB on
        // 10,000 pages before they were merged).
        let workers = Swift.max(1, Swift.min(workers, pages.count))
        let size = (pages.count + workers - 1) / workers
        var parts = Parallel.map(workers, workers: workers) { chunk -> SearchIndex? in
            var part = SearchIndex()
            for index in Swift.min(pages.count, chunk * size)..<Swift.min(pages.count, chunk * size + size)
            where !pages[index].frontMatter.searchExclude {
                if shouldStop() { return nil }
                part.add(pages[index], url: url(pages[index]))
            }
            return part
        }
        guard parts.allSatisfy({ $0 != nil }) else { return nil }
        var index = SearchIndex()
        guard !parts.isEmpty, let first = parts[0] else { return index }
        index = first
        parts[0] = nil
        for number in parts.indices.dropFirst() {
            guard let part = parts[number] else { continue }
            parts[number] = nil  // each part is freed once merged
            let offset = UInt32(index.documents.count)
            index.documents += part.documents
            for (term, list) in part.postings {
                index.postings[term, default: PostingList()].append(list, offset: offset)
            }
        }
        return index
    }
}

extension SearchIndex {
    /// `script()` without JSONEncoder (which builds a tree of the whole index
    /// first): the same bytes, written straight into one string. Tests
    /// compare the two.
    public func fastScript() -> String {
        String(decoding: fastScriptBytes(), as: UTF8.self)
    }

    /// The script's UTF-8 bytes, written straight into the file's buffer.
    public func fastScriptBytes() -> [UInt8] {
        var out: [UInt8] = []
        let terms = sortedTerms()
        out.reserveCapacity(Self.estimatedScriptSize(documents: documents, terms: terms))
        out += "window.sitegenSearch={\"docs\":[".utf8
        var field = ""  // one JSON string at a time, appended as bytes
        func append(_ text: String) {
            field.removeAll(keepingCapacity: true)
            Self.appendJSONString(text, to: &field)
            out += field.utf8
        }
        for (index, document) in documents.enumerated() {
            out += (index > 0 ? ",[" : "[").utf8
            append(document.url)
            out.append(UInt8(ascii: ","))
            append(document.title)
            out.append(UInt8(ascii: ","))
            append(document.heading)
            out.append(UInt8(ascii: ","))
            append(document.excerpt)
            out.append(UInt8(ascii: "]"))
        }
        out += "],\"terms\":{".utf8
        for (index, (term, list)) in terms.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            append(term)
            out += ":\"".utf8
            out += list.text  // digits and commas: nothing to escape
            out.append(UInt8(ascii: "\""))
        }
        out += "}};\n".utf8
        return out
    }

    /// The script's size, counting what escapes add (a little over for
    /// U+2028/U+2029, counted for every character starting with their first
    /// byte): the buffer is allocated once, at about its final size. A rough
    /// guess let it double past it: 58 MB held for a 27 MB file at the
    /// build's memory peak.
    static func estimatedScriptSize(documents: [Document], terms: [(String, PostingList)]) -> Int {
        func quoted(_ text: String) -> Int {
            var size = 2
            for byte in text.utf8 {
                switch byte {
                case 0x3C, 0x3E, 0x26: size += 6  // \u003c \u003e \u0026
                case 0x22, 0x5C: size += 2
                case 0xE2: size += 4  // perhaps U+2028 or U+2029 (\u2028): 6 bytes for 3
                case ..<0x20: size += 6
                default: size += 1
                }
            }
            return size
        }
        var size = 64
        for document in documents {
            size += quoted(document.url) + quoted(document.title) + quoted(document.heading) + quoted(document.excerpt) + 6
        }
        for (term, list) in terms { size += quoted(term) + list.text.count + 4 }
        return size
    }

    /// A JSON string as `JSONScript.encode` writes it: JSONEncoder's escapes
    /// (slashes not escaped), then JSONScript's script-safe ones.
    static func appendJSONString(_ text: String, to out: inout String) {
        out += "\""
        var contiguous = text
        // One pass for both kinds of escapes (JSON's, and JSONScript's `<` `>` `&` U+2028 U+2029), on contiguous bytes.
        if contiguous.withUTF8({ !$0.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 } }) {
            out += text
        } else if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out += JSONScript.escape(text)
        } else {
            var escaped = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": escaped += "\\\""
                case "\\": escaped += "\\\\"
                case "\n": escaped += "\\n"
                case "\r": escaped += "\\r"
                case "\t": escaped += "\\t"
                case "\u{8}": escaped += "\\b"
                case "\u{C}": escaped += "\\f"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: escaped.unicodeScalars.append(scalar)
                }
            }
            out += JSONScript.escape(escaped)
        }
        out += "\""
    }
}
