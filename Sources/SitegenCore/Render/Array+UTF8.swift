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
        var magnitude = value.magnitude
        guard magnitude >= 10 else { return append(UInt8(ascii: "0") + UInt8(magnitude)) }
        // Last digit first into a buffer on the stack, then copied in order (reversing the
        // array's tail in place went through a slice: most of the cost).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
