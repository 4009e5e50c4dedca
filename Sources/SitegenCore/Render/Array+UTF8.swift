extension Array where Element == UInt8 {
    /// Appends the UTF-8 of `text`, in one copy when the string holds its bytes
    /// in one piece (native strings do); `append(contentsOf: text.utf8)` walks the
    /// view as a generic collection.
    mutating func append(utf8 text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ self.append(contentsOf: $0) }) == nil {
            append(contentsOf: text.utf8)
        }
    }

    /// Appends the UTF-8 of a literal, read in place (no `String` made).
    mutating func append(literal: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends `value` in decimal, as `String(value)` writes it, without making the string.
    mutating func append(decimal value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        let start = count
        var magnitude = value.magnitude
        repeat {
            append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        self[start...].reverse()
    }
}
