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
        var parts = Parallel.runs(pages.count, workers: workers) { run -> SearchIndex? in
            var part = SearchIndex()
            for index in run where !pages[index].frontMatter.searchExclude {
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
            index.postings.append(part.postings, offset: UInt32(index.documents.count))
            index.documents += part.documents
        }
        return index
    }
}
