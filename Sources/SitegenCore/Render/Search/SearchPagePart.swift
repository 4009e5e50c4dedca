/// One page's share of the search index: its documents and, for each, the
/// distinct terms it holds, as numbers of a ``SearchTermTable``. About four
/// bytes a term and document, where a per-page ``SearchIndex`` held a
/// dictionary of posting lists.
struct SearchPagePart: Sendable {
    var documents: [SearchIndex.Document] = []
    /// Each document's term numbers, one document after another.
    var terms: [UInt32] = []
    /// Where each document's numbers end in `terms`.
    var ends: [Int] = []
    /// The same for the terms of each document's page title and heading.
    var headTerms: [UInt32] = []
    var headEnds: [Int] = []

    init(page: Page, url: String, table: inout SearchTermTable) {
        for (document, texts) in SearchIndex.documents(of: page, url: url) {
            documents.append(document)
            table.collect(texts, into: &terms)
            ends.append(terms.count)
            table.collect([document.title, document.heading], into: &headTerms)
            headEnds.append(headTerms.count)
        }
    }

    /// The same part with its term numbers replaced through `numbers` (from
    /// one table's numbering to another's).
    func renumbered(_ numbers: [UInt32]) -> SearchPagePart {
        var copy = self
        for position in copy.terms.indices { copy.terms[position] = numbers[Int(copy.terms[position])] }
        for position in copy.headTerms.indices { copy.headTerms[position] = numbers[Int(copy.headTerms[position])] }
        return copy
    }
}
