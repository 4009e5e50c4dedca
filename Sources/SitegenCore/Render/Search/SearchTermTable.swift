/// Search terms numbered in the order they were first met, so a document's
/// terms can be kept as small numbers (``SearchPagePart``) and the documents
/// of each term gathered in an array instead of a dictionary.
struct SearchTermTable: Sendable {
    private var numbers: [SearchTokenizer.Term: UInt32] = [:]
    /// The terms, by number.
    private(set) var terms: [SearchTokenizer.Term] = []
    /// For each term, the last document (a stamp from `collect`) it was
    /// counted in: a term is listed once a document.
    private var lastStamp: [UInt32] = []
    private var stamp: UInt32 = 0

    var count: Int { terms.count }

    init() {}

    /// A table numbering `terms` (distinct) in this order.
    init(terms: [SearchTokenizer.Term]) {
        self.terms = terms
        numbers.reserveCapacity(terms.count)
        for (number, term) in terms.enumerated() { numbers[term] = UInt32(number) }
        lastStamp = [UInt32](repeating: 0, count: terms.count)
    }

    /// The term's number, given a new one if the term is new.
    mutating func number(of term: SearchTokenizer.Term) -> UInt32 {
        if let number = numbers[term] { return number }
        let number = UInt32(terms.count)
        numbers[term] = number
        terms.append(term)
        lastStamp.append(0)
        return number
    }

    /// Appends the number of each distinct term of `texts` (as if joined by spaces) to `list`, in
    /// the order the terms first occur.
    mutating func collect(_ texts: some Sequence<String>, into list: inout [UInt32]) {
        stamp += 1
        SearchTokenizer.forEachTerm(in: texts) { term in
            let number = self.number(of: term)
            if lastStamp[Int(number)] != stamp {
                lastStamp[Int(number)] = stamp
                list.append(number)
            }
        }
    }
}
