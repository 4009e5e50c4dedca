extension SearchIndex {
    /// The same index as `init(pages:url:)`, with the pages tokenised on
    /// `workers` threads and merged in page order (so document numbers and
    /// postings are identical).
    public init(pages: [Page], workers: Int, url: @Sendable (Page) -> String) {
        // Runs of pages per part: each part stores a term once for its pages.
        let size = 64
        let parts = Parallel.map((pages.count + size - 1) / size, workers: workers) { chunk -> SearchIndex in
            var part = SearchIndex()
            for index in chunk * size..<Swift.min(pages.count, chunk * size + size)
            where !pages[index].frontMatter.searchExclude {
                part.add(pages[index], url: url(pages[index]))
            }
            return part
        }
        self.init()
        for part in parts {
            let offset = documents.count
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
        out.reserveCapacity(documents.count * 160 + postings.count * 24)
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
        for (index, term) in postings.keys.sorted().enumerated() {
            if index > 0 { out += "," }
            Self.appendJSONString(term, to: &out)
            out += ":"
            Self.appendJSONString(Self.encode(postings[term]!), to: &out)
        }
        out += "}};\n"
        return out
    }

    /// A JSON string as `JSONScript.encode` writes it: JSONEncoder's escapes
    /// (slashes not escaped), then `<`, `>`, `&`, U+2028 and U+2029 as `\u` escapes.
    static func appendJSONString(_ text: String, to out: inout String) {
        out += "\""
        let plain = !text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }
        if plain {
            out += text
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{8}": out += "\\b"
                case "\u{C}": out += "\\f"
                case "<": out += "\\u003c"
                case ">": out += "\\u003e"
                case "&": out += "\\u0026"
                case "\u{2028}": out += "\\u2028"
                case "\u{2029}": out += "\\u2029"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        out += "\""
    }
}
