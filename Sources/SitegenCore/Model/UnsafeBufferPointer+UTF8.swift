extension UnsafeBufferPointer where Element == UInt8 {
    /// The value of the three-byte UTF-8 scalar (U+0800…U+FFFF) starting at `position`, or nil
    /// when no such scalar starts there. The byte paths ask it for ideographs and other scalars
    /// of that range; the text is valid UTF-8, so the continuation bytes are not checked.
    func threeByteScalar(at position: Int) -> UInt32? {
        guard position >= 0, position + 3 <= count, self[position] & 0xF0 == 0xE0 else { return nil }
        return UInt32(self[position] & 0x0F) << 12 | UInt32(self[position + 1] & 0x3F) << 6 | UInt32(self[position + 2] & 0x3F)
    }
}
