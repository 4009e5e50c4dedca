extension Unicode.Scalar {
    /// `properties.isWhitespace` (Unicode's White_Space), answered without the
    /// property table for ASCII and for CJK ideographs, the scalars most of a
    /// page is made of (the table lookup took 3% of `sitegen check`).
    var isWhitespaceScalar: Bool {
        let value = self.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if (0x4E00...0x9FFF).contains(value) { return false }
        return properties.isWhitespace
    }
}
