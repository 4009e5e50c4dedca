/// The site-wide search index, built once per build and written as
/// `search-index.js` (a script assigning `window.sitegenSearch`, so it also
/// loads from `file://`, where `fetch` of a local file is blocked). The
/// script loads it the first time a reader uses the search box.
///
/// A document is a section of a page: the page's top (title, description
/// and text before the first heading) or a heading and the text under it,
/// table cells included. `terms` maps each term (see ``SearchTokenizer``) to
/// the documents holding it, as base-36 gaps (`"0,3,a"` is 0, 3, 13).
public struct SearchIndex: Sendable, Hashable {
    public struct Document: Sendable, Hashable {
        /// Relative to the site root: `methods/cancel/index.html#反悔期`.
        public var url: String
        public var title: String
        /// The section's heading; "" for the top of the page.
        public var heading: String
        /// The section's first words.
        public var excerpt: String
    }

    public var documents: [Document] = []
    /// The documents of each term.
    var postings = SearchPostings()

    public static let excerptLength = 80
    /// Where the index is written, relative to the output folder.
    public static let fileName = "search-index.js"

    public init() {}

    /// Indexes every page not marked `search: false`; `url` gives a page's
    /// URL relative to the site root.
    public init(pages: [Page], url: (Page) -> String) {
        for page in pages where !page.frontMatter.searchExclude {
            add(page, url: url(page))
        }
    }

    public mutating func add(_ page: Page, url: String) {
        for (document, text) in Self.documents(of: page, url: url) { add(document, text: text) }
    }

    /// A page's documents, each with the text its terms come from.
    static func documents(of page: Page, url: String) -> [(Document, String)] {
        var sections = [Section(anchor: nil, heading: "", text: [page.title, page.frontMatter.description ?? ""])]
        func walk(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block {
                case .html(_, let text, _), .paragraph(let text, _):
                    sections[sections.count - 1].text.append(text)
                case .heading(let index) where index < page.headings.count:
                    let heading = page.headings[index]
                    sections.append(Section(anchor: heading.anchor, heading: heading.text, text: [heading.text]))
                case .table(let index) where index < page.tables.count:
                    let table = page.tables[index]
                    let cells = ([table.header] + table.rows).flatMap { $0.cells.map(\.text) }
                    sections[sections.count - 1].text.append(([table.caption ?? ""] + cells).joined(separator: " "))
                case .container(_, _, let children):
                    walk(children)
                default:
                    break
                }
            }
        }
        walk(page.document.blocks)
        return sections.map { section in
            let body = section.text.dropFirst().joined(separator: " ")
            let document = Document(
                url: url + (section.anchor.map { "#" + URLPath.encodeFragment($0) } ?? ""),
                title: page.title, heading: section.heading, excerpt: Self.excerpt(body))
            return (document, section.text.joined(separator: " "))
        }
    }

    public mutating func add(_ document: Document, text: String) {
        let number = UInt32(documents.count)
        documents.append(document)
        SearchTokenizer.forEachTerm(in: text) { term in
            // Numbers only grow, so a repeat of the term in this document is the last entry.
            postings.append(number, to: term)
        }
    }

    /// The documents holding every term of a query (the script's rule without
    /// prefix matching), for tests and tools.
    public func search(_ query: String) -> [Int] {
        var terms: [SearchTokenizer.Term] = []
        SearchTokenizer.forEachTerm(in: query) { terms.append($0) }
        guard let first = terms.first else { return [] }
        return terms.dropFirst().reduce(postings[first]?.numbers ?? []) { hits, term in
            let found = Set(postings[term]?.numbers ?? [])
            return hits.filter(found.contains)
        }.map(Int.init)
    }

    /// Terms as text with their documents, in the order the index file lists them.
    func sortedTerms() -> [(String, PostingList)] {
        zip(postings.terms, postings.lists).map { ($0.text, $1) }.sorted { $0.0 < $1.0 }
    }

    /// `search-index.js`.
    public func script() throws -> String {
        "window.sitegenSearch=" + (try JSONScript.encode(Payload(self))) + ";\n"
    }

    /// The text with whitespace runs as single spaces, cut after
    /// `excerptLength` characters; reads only as far as it needs to.
    static func excerpt(_ text: String) -> String {
        // Scalar by scalar while each scalar is a character of its own (most text): grapheme
        // breaking, character by character, cost more than the rest of a page's search entry.
        var bytes: [UInt8] = []
        var count = 0
        var pendingSpace = false
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            guard Self.isOwnCharacter(scalar), next == scalars.endIndex || Self.isOwnCharacter(scalars[next]) else {
                // `index` starts a character (the scalar before it stood alone): characters from here.
                return excerpt(Substring(scalars[index...]), after: String(decoding: bytes, as: UTF8.self),
                               count: count, pendingSpace: pendingSpace)
            }
            index = next
            if scalar.isWhitespaceScalar {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                if count == excerptLength { return String(decoding: bytes, as: UTF8.self) + "…" }
                bytes.append(UInt8(ascii: " "))
                count += 1
                pendingSpace = false
            }
            if count == excerptLength { return String(decoding: bytes, as: UTF8.self) + "…" }
            UTF8.encode(scalar) { bytes.append($0) }
            count += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The rest of `excerpt(_:)`, character by character, after `words`.
    private static func excerpt(_ text: Substring, after words: String, count: Int, pendingSpace: Bool) -> String {
        var words = words, count = count, pendingSpace = pendingSpace
        for character in text {
            if character.unicodeScalars.first!.isWhitespaceScalar {  // = isWhitespace, without the table for most text
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                if count == excerptLength { return words + "…" }
                words.append(" ")
                count += 1
                pendingSpace = false
            }
            if count == excerptLength { return words + "…" }
            words.append(character)
            count += 1
        }
        return words
    }

    /// Scalars that form a character of their own whatever stands next to them, but for CR LF
    /// (both whitespace, which the excerpt treats alike): tab, line feed, carriage return,
    /// printable ASCII, CJK ideographs and punctuation, fullwidth ASCII forms, and general
    /// punctuation without the format and zero-width characters.
    static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x3000...0x3029, 0x3030...0x303F, 0x4E00...0x9FFF, 0xFF01...0xFF5E,
             0x2010...0x2027, 0x2030...0x205E:
            return true
        default:
            return false
        }
    }


    /// Gaps between ascending numbers, in base 36.
    static func encode(_ numbers: [UInt32]) -> String {
        String(decoding: PostingList(numbers: numbers).text, as: UTF8.self)
    }

    struct Section {
        var anchor: String?
        var heading: String
        /// Texts of the section; the first is the heading (or the page title).
        var text: [String]
    }

    struct Payload: Encodable {
        var docs: [[String]]
        var terms: [String: String]

        init(_ index: SearchIndex) {
            docs = index.documents.map { [$0.url, $0.title, $0.heading, $0.excerpt] }
            terms = Dictionary(index.sortedTerms().map { ($0.0, String(decoding: $0.1.text, as: UTF8.self)) },
                               uniquingKeysWith: { a, _ in a })
        }
    }
}
