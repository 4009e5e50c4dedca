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
    var postings: [SearchTokenizer.Term: PostingList] = [:]

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
            postings[term, default: PostingList()].append(number)
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
        postings.map { ($0.key.text, $0.value) }.sorted { $0.0 < $1.0 }
    }

    /// `search-index.js`.
    public func script() throws -> String {
        "window.sitegenSearch=" + (try JSONScript.encode(Payload(self))) + ";\n"
    }

    /// The text with whitespace runs as single spaces, cut after
    /// `excerptLength` characters; reads only as far as it needs to.
    static func excerpt(_ text: String) -> String {
        var words = ""
        var count = 0
        var pendingSpace = false
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
