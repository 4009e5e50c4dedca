extension Character {
    /// `0`…`9` only (not `٣`, `३` or `５`, which `isNumber` also takes).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
