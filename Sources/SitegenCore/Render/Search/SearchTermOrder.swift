/// The order the index lists its terms in (``SearchIndex/precedes(_:_:)``:
/// by UTF-16 code units, as the theme script compares strings), for many
/// terms at once. A Chinese site has a million distinct bigrams; sorting
/// them by comparing strings took a third of its search index's time.
enum SearchTermOrder {
    /// The numbers of `texts` (distinct, none holding U+0000), in order.
    static func sorted(_ texts: [String]) -> [UInt32] {
        var keyed = texts.indices.map { (key: key(texts[$0]), number: UInt32($0)) }
        keyed.sort { a, b in
            a.key != b.key ? a.key < b.key : SearchIndex.precedes(texts[Int(a.number)], texts[Int(b.number)])
        }
        return keyed.map(\.number)
    }

    /// The text's first four UTF-16 code units, the first in the highest bits, missing ones zero:
    /// texts whose keys differ are in the order of their keys (a text that ends sooner has a zero
    /// where the other has a unit, and no term holds U+0000); equal keys need the rest compared.
    static func key(_ text: String) -> UInt64 {
        var key: UInt64 = 0
        var shift = 48
        for unit in text.utf16 {
            key |= UInt64(unit) << UInt64(shift)
            shift -= 16
            if shift < 0 { break }
        }
        return key
    }
}
