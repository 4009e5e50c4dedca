extension SearchIndex {
    /// The same index as `init(pages:url:)`, with the pages tokenised on
    /// `workers` threads and merged in page order (so document numbers and
    /// postings are identical).
    public init(pages: [Page], workers: Int, url: @Sendable (Page) -> String) {
        let parts = Parallel.map(pages.count, workers: workers) { index -> SearchIndex in
            var part = SearchIndex()
            if !pages[index].frontMatter.searchExclude { part.add(pages[index], url: url(pages[index])) }
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
