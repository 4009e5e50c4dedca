/// The text of a line between two scalar offsets, found by walking its UTF-8 bytes forward
/// from where the last call stopped (cells come left to right): a row's line is read once,
/// without an array of its scalars.
struct ScalarCursor {
    private let line: Substring
    private var scalar = 0
    private var byte = 0

    init(_ line: Substring) {
        self.line = line
    }

    /// The line's scalars `range` (clamped to the line) as a string.
    mutating func text(scalars range: Range<Int>) -> String {
        let fast = line.utf8.withContiguousStorageIfAvailable { bytes -> String in
            let lower = offset(ofScalar: range.lowerBound, in: bytes)
            let upper = offset(ofScalar: range.upperBound, in: bytes)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        }
        if let fast { return fast }  // always, for a line of a SourceText (its text is contiguous UTF-8)
        let scalars = line.unicodeScalars
        let clamped = range.clamped(to: 0..<scalars.count)
        guard !clamped.isEmpty else { return "" }
        let start = scalars.index(scalars.startIndex, offsetBy: clamped.lowerBound)
        return String(String.UnicodeScalarView(scalars[start..<scalars.index(start, offsetBy: clamped.count)]))
    }

    /// `text(scalars: range).trimmingWhitespace()`, made as one string when the ends are plainly
    /// ASCII whitespace next to ASCII or ideographs (table cells: `| 5日 |`), not as the untrimmed
    /// text and then the trimmed copy.
    mutating func trimmedText(scalars range: Range<Int>) -> String {
        let fast = line.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            let lower = offset(ofScalar: range.lowerBound, in: bytes)
            let upper = offset(ofScalar: range.upperBound, in: bytes)
            let slice = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
            guard let kept = String.keptAfterASCIIWhitespace(slice, leading: true, trailing: true) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: slice[kept]), as: UTF8.self)
        }
        if let fast, let fast { return fast }
        return text(scalars: range).trimmingWhitespace()
    }

    /// The byte offset of the `offset`th scalar (the count of bytes past the last).
    private mutating func offset(ofScalar offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if offset < scalar {
            scalar = 0
            byte = 0
        }
        while scalar < offset, byte < bytes.count {
            byte += 1
            while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
            scalar += 1
        }
        return byte
    }
}
