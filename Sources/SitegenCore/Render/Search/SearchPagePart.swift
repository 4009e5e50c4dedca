/// One page's share of the search index: its documents, as the document
/// shards write them, and for each the distinct terms it holds (and those of
/// its page title and heading), as numbers of a ``SearchTermTable``. About
/// four bytes a term and document, where a per-page ``SearchIndex`` held a
/// dictionary of posting lists.
struct SearchPagePart: Sendable {
    /// The documents' JSON arrays (URL, page title, heading, excerpt), one after another.
    var encoded: [UInt8] = []
    /// Where each document's JSON ends in `encoded`.
    var encodedEnds: [Int] = []
    /// Each document's term numbers, one document after another.
    var terms: [UInt32] = []
    /// Where each document's numbers end in `terms`.
    var ends: [Int] = []
    /// The same for the terms of each document's page title and heading.
    var headTerms: [UInt32] = []
    var headEnds: [Int] = []

    var documentCount: Int { ends.count }

    init(page: Page, url: String, table: inout SearchTermTable) {
        for (document, texts) in SearchIndex.documents(of: page, url: url) {
            SearchIndex.append(document, to: &encoded)
            encodedEnds.append(encoded.count)
            table.collect(texts, into: &terms)
            ends.append(terms.count)
            table.collect([document.title, document.heading], into: &headTerms)
            headEnds.append(headTerms.count)
        }
    }

    /// Document `number`'s JSON.
    func encodedDocument(_ number: Int) -> ArraySlice<UInt8> {
        encoded[(number == 0 ? 0 : encodedEnds[number - 1])..<encodedEnds[number]]
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
