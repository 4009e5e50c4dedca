extension SearchIndex {
    /// The same index as `init(pages:url:)`, with the pages tokenised on
    /// `workers` threads and merged in page order (so document numbers and
    /// postings are identical).
    public init(pages: [Page], workers: Int, url: @Sendable (Page) -> String) {
        // Runs of pages per part: each part stores a term once for its pages.
        let size = 64
        var parts = Parallel.map((pages.count + size - 1) / size, workers: workers) { chunk -> SearchIndex in
            var part = SearchIndex()
            for index in chunk * size..<Swift.min(pages.count, chunk * size + size)
            where !pages[index].frontMatter.searchExclude {
                part.add(pages[index], url: url(pages[index]))
            }
            return part
        }
        self.init()
        for number in parts.indices {
            let part = parts[number]
            parts[number] = SearchIndex()  // each part is freed once merged
            let offset = UInt32(documents.count)
            documents += part.documents
            for (term, numbers) in part.postings {
                postings[term, default: []] += offset == 0 ? numbers : numbers.map { $0 + offset }
            }
        }
    }
}

extension SearchIndex {
    /// `script()` without JSONEncoder (which builds a tree of the whole index
    /// first): the same bytes, written straight into one string. Tests
    /// compare the two.
    public func fastScript() -> String {
        var out = "window.sitegenSearch={\"docs\":["
        let terms = sortedTerms()
        out.reserveCapacity(documents.count * 160 + terms.count * 24)
        for (index, document) in documents.enumerated() {
            if index > 0 { out += "," }
            out += "["
            for (field, text) in [document.url, document.title, document.heading, document.excerpt].enumerated() {
                if field > 0 { out += "," }
                Self.appendJSONString(text, to: &out)
            }
            out += "]"
        }
        out += "],\"terms\":{"
        for (index, (term, numbers)) in terms.enumerated() {
            if index > 0 { out += "," }
            Self.appendJSONString(term, to: &out)
            out += ":"
            Self.appendJSONString(Self.encode(numbers), to: &out)
        }
        out += "}};\n"
        return out
    }

    /// A JSON string as `JSONScript.encode` writes it: JSONEncoder's escapes
    /// (slashes not escaped), then JSONScript's script-safe ones.
    static func appendJSONString(_ text: String, to out: inout String) {
        out += "\""
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
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
