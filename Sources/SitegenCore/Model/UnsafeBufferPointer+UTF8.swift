extension UnsafeBufferPointer where Element == UInt8 {
    /// How many scalars start in these bytes of valid UTF-8: the bytes that are not continuation
    /// bytes (`10xxxxxx`), counted eight at a time (a continuation byte has bit 7 set and bit 6
    /// clear: `word & ~(word << 1)` keeps bit 7 of exactly those bytes).
    var scalarStartCount: Int {
        guard let base = baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var continuations = 0, offset = 0
        while offset + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            continuations += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            offset += 8
        }
        while offset < count {
            if self[offset] & 0xC0 == 0x80 { continuations += 1 }
            offset += 1
        }
        return count - continuations
    }

    /// The value of the three-byte UTF-8 scalar (U+0800…U+FFFF) starting at `position`, or nil
    /// when no such scalar starts there. The byte paths ask it for ideographs and other scalars
    /// of that range; the text is valid UTF-8, so the continuation bytes are not checked.
    func threeByteScalar(at position: Int) -> UInt32? {
        guard position >= 0, position + 3 <= count, self[position] & 0xF0 == 0xE0 else { return nil }
        return UInt32(self[position] & 0x0F) << 12 | UInt32(self[position + 1] & 0x3F) << 6 | UInt32(self[position + 2] & 0x3F)
    }

    /// The scalar starting at `position` of valid UTF-8 (a `String`'s bytes; `position` at a scalar's
    /// first byte, so neither its bytes nor its value are checked).
    func scalar(at position: Int) -> Unicode.Scalar { scalarAndLength(at: position).scalar }

    /// The scalar starting at `position` of valid UTF-8 and its length in bytes.
    @inline(__always)
    func scalarAndLength(at position: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = self[position]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var value: UInt32
        let length: Int
        if lead < 0xE0 {
            value = UInt32(lead & 0x1F) << 6 | UInt32(self[position + 1] & 0x3F)
            length = 2
        } else if lead < 0xF0 {
            value = UInt32(lead & 0x0F) << 12 | UInt32(self[position + 1] & 0x3F) << 6
            value |= UInt32(self[position + 2] & 0x3F)
            length = 3
        } else {
            value = UInt32(lead & 0x07) << 18 | UInt32(self[position + 1] & 0x3F) << 12
            value |= UInt32(self[position + 2] & 0x3F) << 6 | UInt32(self[position + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
