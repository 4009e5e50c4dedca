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

    init(page: Page, url: String, table: inout SearchTermTable) {
        for (document, texts) in SearchIndex.documents(of: page, url: url) {
            documents.append(document)
            table.collect(texts, into: &terms)
            ends.append(terms.count)
        }
    }

    /// The same part with its term numbers replaced through `numbers` (from
    /// one table's numbering to another's).
    func renumbered(_ numbers: [UInt32]) -> SearchPagePart {
        var copy = self
        for position in copy.terms.indices { copy.terms[position] = numbers[Int(copy.terms[position])] }
        return copy
    }
}
