import Foundation

/// The search index of a build session (`sitegen serve`), kept page by
/// page: after an edit only the pages that changed are tokenised again, and
/// the index is assembled from the kept parts. Rebuilding it from every page
/// took over two seconds of CPU after each save on a 10,000-page site.
///
/// The files are the same, byte for byte, as ``SearchIndex``'s for the same
/// pages (tests compare them after every kind of change). A page's part is
/// kept while the build hands over the same page value (``Page/isCopy(of:)``:
/// a page read or parsed again is a new one) at the same URL.
public final class SearchIndexCache: @unchecked Sendable {
    private let lock = NSLock()
    private var table = SearchTermTable()
    /// Term texts, by term number.
    private var texts: [String] = []
    /// Term numbers in the order of their texts (what the script lists).
    private var sorted: [UInt32] = []
    private var parts: [String: Entry] = [:]
    /// Terms no kept page holds may pile up to this many beyond the live
    /// ones before the table is renumbered without them.
    private let compactionSlack: Int
    private var tokenizedByLastCall = 0

    private struct Entry {
        let page: Page
        let url: String
        let part: SearchPagePart
    }

    public init() { compactionSlack = 4096 }

    /// A cache that drops dead terms as soon as they outnumber the live ones
    /// by `compactionSlack` (tests use small numbers).
    init(compactionSlack: Int) { self.compactionSlack = compactionSlack }

    /// Pages tokenised by the last call (for tests).
    public var pagesTokenized: Int {
        lock.lock()
        defer { lock.unlock() }
        return tokenizedByLastCall
    }

    /// Terms in the table, live or not (for tests).
    var termCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return table.count
    }

    /// The search index's files for `pages` (in index order; those marked
    /// `search: false` are left out), or nil when `shouldStop` said so first.
    public func files(
        pages: [Page], workers: Int, shouldStop: @Sendable () -> Bool, url: @Sendable (Page) -> String,
        scopes: [String] = []
    ) -> [RenderedFile]? {
        lock.lock()
        defer { lock.unlock() }
        let indexed = pages.filter { !$0.frontMatter.searchExclude }
        let urls = indexed.map(url)
        guard Set(indexed.map(\.route.outputPath)).count == indexed.count else {
            // Two pages at one path (a build error elsewhere): no parts to keep by path.
            tokenizedByLastCall = indexed.count
            return SearchIndex.build(pages: pages, workers: workers, shouldStop: shouldStop, url: url)?.files(scopes: scopes)
        }
        let missing = indexed.indices.filter { position in
            guard let entry = parts[indexed[position].route.outputPath] else { return true }
            return entry.url != urls[position] || !entry.page.isCopy(of: indexed[position])
        }
        tokenizedByLastCall = missing.count
        guard tokenize(missing.map { indexed[$0] }, urls: missing.map { urls[$0] }, workers: workers,
                       shouldStop: shouldStop)
        else { return nil }
        // Parts of pages no longer there go.
        if parts.count > indexed.count {
            let paths = Set(indexed.map(\.route.outputPath))
            parts = parts.filter { paths.contains($0.key) }
        }
        return assemble(indexed, shouldStop: shouldStop, scopes: scopes)
    }

    /// Tokenises the pages on `workers` threads, each with a term table of
    /// its own, then renumbers their parts into the shared table.
    private func tokenize(_ pages: [Page], urls: [String], workers: Int, shouldStop: @Sendable () -> Bool) -> Bool {
        guard !pages.isEmpty else { return true }
        let runs = Parallel.runs(pages.count, workers: workers) { run -> (SearchTermTable, [SearchPagePart])? in
            var table = SearchTermTable()
            var parts: [SearchPagePart] = []
            for position in run {
                if shouldStop() { return nil }
                parts.append(SearchPagePart(page: pages[position], url: urls[position], table: &table))
            }
            return (table, parts)
        }
        guard runs.allSatisfy({ $0 != nil }) else { return false }
        var position = 0
        for case let (local, localParts)? in runs {
            let numbers = local.terms.map { table.number(of: $0) }
            for part in localParts {
                let page = pages[position]
                parts[page.route.outputPath] = Entry(page: page, url: urls[position], part: part.renumbered(numbers))
                position += 1
            }
        }
        return true
    }

    /// The files from the kept parts: documents numbered in page order,
    /// terms listed by text, each with its documents.
    private func assemble(_ pages: [Page], shouldStop: @Sendable () -> Bool, scopes: [String]) -> [RenderedFile]? {
        sortNewTerms()
        let pageParts = pages.map { parts[$0.route.outputPath]!.part }
        if shouldStop() { return nil }
        // Terms placed in their written order, so that writing reads the documents in order.
        var place = [Int32](repeating: 0, count: table.count)
        for (position, number) in sorted.enumerated() { place[Int(number)] = Int32(position) }
        let (starts, numbers) = documentsByTerm(pageParts, terms: \.terms, ends: \.ends, place: place)
        let (headStarts, heads) = documentsByTerm(pageParts, terms: \.headTerms, ends: \.headEnds, place: place)
        if shouldStop() { return nil }
        let live = sorted.indices.filter { starts[$0 + 1] > starts[$0] }
        let files = SearchShards.files(KeptIndex(
            parts: pageParts, termTexts: live.map { texts[Int(sorted[$0])] }, positions: live,
            postings: (starts, numbers), heads: (headStarts, heads)), scopes: scopes)
        compactIfMostlyDead(starts: starts, headStarts: headStarts, place: place)
        return files
    }

    /// The kept parts as the shards are written from them.
    private struct KeptIndex: SearchShards.Source {
        let parts: [SearchPagePart]
        let termTexts: [String]
        /// The place in `postings` and `heads` of each listed term.
        let positions: [Int]
        /// Each term's documents (and those whose title or heading holds it), as `documentsByTerm` gives them.
        let postings: (starts: [Int], documents: [UInt32])
        let heads: (starts: [Int], documents: [UInt32])
        /// The part and the place in it of each document.
        private let places: [(part: Int32, document: Int32)]

        init(parts: [SearchPagePart], termTexts: [String], positions: [Int],
             postings: (starts: [Int], documents: [UInt32]), heads: (starts: [Int], documents: [UInt32])) {
            self.parts = parts
            self.termTexts = termTexts
            self.positions = positions
            self.postings = postings
            self.heads = heads
            var places: [(part: Int32, document: Int32)] = []
            places.reserveCapacity(parts.reduce(0) { $0 + $1.documentCount })
            for (number, part) in parts.enumerated() {
                for document in 0..<part.documentCount { places.append((Int32(number), Int32(document))) }
            }
            self.places = places
        }

        var documentCount: Int { places.count }

        func appendDocument(_ number: Int, to out: inout [UInt8]) {
            let place = places[number]
            out += parts[Int(place.part)].encodedDocument(Int(place.document))
        }

        func appendTerm(_ number: Int, to out: inout [UInt8]) {
            let term = positions[number]
            out.append(UInt8(ascii: "\""))
            PostingList.appendGaps(postings.documents[postings.starts[term]..<postings.starts[term + 1]], to: &out)
            out += "\",\"".utf8
            PostingList.appendGaps(heads.documents[heads.starts[term]..<heads.starts[term + 1]], to: &out)
            out.append(UInt8(ascii: "\""))
        }
    }

    /// Renumbers the table without the terms no kept page holds (a term
    /// typed and deleted again keeps its number until then), once they
    /// outnumber the live terms by `compactionSlack`: a long session of
    /// edits stays at the size of its pages, not of every word once typed.
    private func compactIfMostlyDead(starts: [Int], headStarts: [Int], place: [Int32]) {
        // (A page's title and headings are in its text too: a term of a title is in a text.)
        let live = (0..<table.count).filter { number in
            let at = Int(place[number])
            return starts[at + 1] > starts[at] || headStarts[at + 1] > headStarts[at]
        }
        guard table.count - live.count > live.count + compactionSlack else { return }
        var numbers = [UInt32](repeating: .max, count: table.count)
        for (new, old) in live.enumerated() { numbers[old] = UInt32(new) }
        table = SearchTermTable(terms: live.map { table.terms[$0] })
        texts = live.map { texts[$0] }
        sorted = sorted.compactMap { numbers[Int($0)] == .max ? nil : numbers[Int($0)] }
        parts = parts.mapValues { Entry(page: $0.page, url: $0.url, part: $0.part.renumbered(numbers)) }
    }

    /// The documents of every term, sorted by term (``PostingsSort``), from the parts' `terms` of
    /// each document (ending at `ends`), documents numbered in part order.
    private func documentsByTerm(_ pageParts: [SearchPagePart], terms: KeyPath<SearchPagePart, [UInt32]>,
                                 ends: KeyPath<SearchPagePart, [Int]>, place: [Int32]) -> (starts: [Int], documents: [UInt32]) {
        let pairCount = pageParts.reduce(0) { $0 + $1[keyPath: terms].count }
        return PostingsSort.documentsByTerm(place: place, pairCount: pairCount) { visit in
            var number: UInt32 = 0
            for part in pageParts {
                part[keyPath: terms].withUnsafeBufferPointer { terms in
                    var start = 0
                    for end in part[keyPath: ends] {
                        visit(number, UnsafeBufferPointer(rebasing: terms[start..<end]))
                        start = end
                        number += 1
                    }
                }
            }
        }
    }

    /// Brings `texts` and `sorted` up to the table's terms: a few new terms
    /// (an edit) are inserted where they belong, many are sorted with the rest.
    private func sortNewTerms() {
        let first = texts.count
        guard table.count > first else { return }
        texts += table.terms[first...].map(\.text)
        if table.count - first > 64 {
            sorted = SearchTermOrder.sorted(texts)
            return
        }
        for number in UInt32(first)..<UInt32(table.count) {
            let text = texts[Int(number)]
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if SearchIndex.precedes(texts[Int(sorted[middle])], text) { low = middle + 1 } else { high = middle }
            }
            sorted.insert(number, at: low)
        }
    }
}
