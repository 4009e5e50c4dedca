/// What a table's id must be: it names the table's element (`tbl-ID`, `matrix-ID`), the links to
/// it and the keys of a matrix's state in the page's address, so it is one word of at least one
/// character, and no other table of the page has it.
public enum TableID {
    /// What is wrong with `id` as a table's id, nil when nothing is.
    public static func problem(_ id: String) -> String? {
        if id.isEmpty { return "a table's id cannot be empty" }
        // (By bytes: an ASCII id, nearly every one, has a blank only if it has a byte up to a space.)
        let blank = id.utf8.contains { $0 >= 0x80 } ? id.unicodeScalars.contains(where: \.isWhitespaceScalar)
            : id.utf8.contains { $0 <= 0x20 && $0.isASCIIWhitespaceByte }
        return blank ? "a table's id is one word: '\(id)' has a blank in it" : nil
    }

    /// `id` made one word: each run of blanks becomes `-`.
    public static func oneWord(_ id: String) -> String {
        id.split(whereSeparator: { $0.unicodeScalars.contains(where: \.isWhitespaceScalar) }).joined(separator: "-")
    }

    /// An id like `id` that none of `taken` is: `id-2`, `id-3`, …
    public static func unused(like id: String, taken: Set<String>) -> String {
        var number = 2
        while taken.contains("\(id)-\(number)") { number += 1 }
        return "\(id)-\(number)"
    }

    /// The id sitegen gives the page's table at `index` (0-based) when its annotation names none.
    public static func byPosition(_ index: Int) -> String { "table-\(index + 1)" }
}

private extension UInt8 {
    /// Space, tab, line feed, vertical tab, form feed, carriage return.
    var isASCIIWhitespaceByte: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}
