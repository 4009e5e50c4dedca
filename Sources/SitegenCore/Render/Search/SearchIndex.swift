/// The site-wide search index, built once per build and written as
/// `search-index.js` and its shards (``SearchShards``: scripts assigning
/// `window.sitegenSearch`, so they also load from `file://`, where `fetch`
/// of a local file is blocked). The theme script loads the manifest the
/// first time a reader uses the search box, and a query's shards as it needs them.
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
    /// Where the index's manifest is written, relative to the output folder.
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
        for (document, texts) in Self.documents(of: page, url: url) { add(document, texts: texts) }
    }

    /// A page's documents, each with the texts its terms come from (as if joined by spaces).
    static func documents(of page: Page, url: String) -> [(Document, [String])] {
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
                    sections[sections.count - 1].text.append(table.caption ?? "")
                    sections[sections.count - 1].text.append(contentsOf: table.header.cells.lazy.map(\.text))
                    for row in table.rows {
                        sections[sections.count - 1].text.append(contentsOf: row.cells.lazy.map(\.text))
                    }
                case .container(_, _, let children):
                    walk(children)
                default:
                    break
                }
            }
        }
        walk(page.document.blocks)
        return sections.map { section in
            let document = Document(
                url: url + (section.anchor.map { "#" + URLPath.encodeFragment($0) } ?? ""),
                title: page.title, heading: section.heading, excerpt: Self.excerpt(of: section.text.dropFirst()))
            return (document, section.text)
        }
    }

    public mutating func add(_ document: Document, text: String) {
        add(document, texts: CollectionOfOne(text))
    }

    /// `add(_:text:)` with the texts joined by spaces.
    mutating func add(_ document: Document, texts: some Sequence<String>) {
        let number = UInt32(documents.count)
        documents.append(document)
        SearchTokenizer.forEachTerm(in: texts) { term in
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

    /// Terms as text with their documents, in the order the index file lists them (for tests).
    func sortedTerms() -> [(String, PostingList)] {
        let source = shardSource()
        let (starts, documents) = source.postings
        return source.termTexts.enumerated().map { number, text in
            (text, PostingList(numbers: Array(documents[starts[number]..<starts[number + 1]])))
        }
    }

    /// The text with whitespace runs as single spaces, cut after
    /// `excerptLength` characters; reads only as far as it needs to.
    static func excerpt(_ text: String) -> String { cutExcerpt(text).text }

    /// The excerpt of `texts` joined by spaces, joining only as many of them as it reads. (A
    /// prefix that is cut is cut where the whole text is: the cut is made at a character the
    /// prefix holds, and the space after the prefix starts a character of its own.)
    static func excerpt(of texts: ArraySlice<String>) -> String {
        var prefix = ""
        var end = texts.startIndex
        while end < texts.endIndex, prefix.utf8.count < 1024 {
            if end > texts.startIndex { prefix += " " }
            prefix += texts[end]
            end += 1
        }
        let (excerpt, cut) = cutExcerpt(prefix)
        return cut || end == texts.endIndex ? excerpt : Self.excerpt(texts.joined(separator: " "))
    }

    /// The excerpt, and whether the text went on after it.
    private static func cutExcerpt(_ text: String) -> (text: String, cut: Bool) {
        var contiguous = text  // (native strings are: no copy)
        return contiguous.withUTF8 { bytes in
            // Scalars of their own are of at most three bytes, so the excerpt fits in 4 × its length.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * excerptLength) { out in
                cutExcerpt(text, utf8: bytes, into: out)
            }
        }
    }

    /// `excerpt(_:)` over the text's UTF-8 bytes, scalar by scalar while each scalar is a character
    /// of its own (most text): grapheme breaking, character by character, cost more than the rest
    /// of a page's search entry, and so did reading the scalars through the `String`.
    private static func cutExcerpt(_ text: String, utf8 bytes: UnsafeBufferPointer<UInt8>,
                                   into out: UnsafeMutableBufferPointer<UInt8>) -> (text: String, cut: Bool) {
        var written = 0
        var count = 0
        var pendingSpace = false
        var position = 0
        var scalar = bytes.isEmpty ? Unicode.Scalar(UInt8(0)) : bytes.scalar(at: 0)
        func words() -> String { String(decoding: UnsafeBufferPointer(rebasing: out[..<written]), as: UTF8.self) }
        while position < bytes.count {
            let next = position + UTF8.width(scalar)
            let following = next < bytes.count ? bytes.scalar(at: next) : Unicode.Scalar(UInt8(0))
            guard Self.isOwnCharacter(scalar), next == bytes.count || Self.isOwnCharacter(following) else {
                // `position` starts a character (the scalar before it stood alone): characters from here.
                let index = text.utf8.index(text.utf8.startIndex, offsetBy: position)
                return cutExcerpt(text[index...], after: words(), count: count, pendingSpace: pendingSpace)
            }
            defer { position = next; scalar = following }
            if scalar.isWhitespaceScalar {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                if count == excerptLength { return (words() + "…", true) }
                out[written] = UInt8(ascii: " ")
                written += 1
                count += 1
                pendingSpace = false
            }
            if count == excerptLength { return (words() + "…", true) }
            for byte in position..<next {
                out[written] = bytes[byte]
                written += 1
            }
            count += 1
        }
        return (words(), false)
    }

    /// The rest of `excerpt(_:)`, character by character, after `words`.
    private static func cutExcerpt(_ text: Substring, after words: String, count: Int,
                                   pendingSpace: Bool) -> (text: String, cut: Bool) {
        var words = words, count = count, pendingSpace = pendingSpace
        for character in text {
            if character.unicodeScalars.first!.isWhitespaceScalar {  // = isWhitespace, without the table for most text
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                if count == excerptLength { return (words + "…", true) }
                words.append(" ")
                count += 1
                pendingSpace = false
            }
            if count == excerptLength { return (words + "…", true) }
            words.append(character)
            count += 1
        }
        return (words, false)
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


    /// The order the index lists terms in: by UTF-16 code units, as the theme
    /// script compares strings (Swift's `<` compares canonical equivalents
    /// equal, and orders characters beyond U+FFFF after U+E000–U+FFFF).
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf16.lexicographicallyPrecedes(b.utf16)
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
}
