/// The documents holding one term, kept as the index file writes them:
/// ascending document numbers as base-36 gaps separated by commas
/// (`0,3,a` is 0, 3, 13). A few bytes a document instead of four, and
/// nothing to encode when the file is written.
struct PostingList: Sendable, Hashable {
    /// The encoded gaps, ASCII.
    private(set) var text: [UInt8] = []
    private(set) var first: UInt32 = 0
    private(set) var last: UInt32 = 0
    private(set) var count = 0

    /// Adds a document number not below the last one; a repeat of the last is ignored.
    mutating func append(_ number: UInt32) {
        if count > 0 {
            guard number != last else { return }
            text.append(UInt8(ascii: ","))
            Self.appendBase36(number - last, to: &text)
        } else {
            Self.appendBase36(number, to: &text)
            first = number
        }
        last = number
        count += 1
    }

    init() {}

    init(numbers: [UInt32]) {
        for number in numbers { append(number) }
    }

    /// The document numbers.
    var numbers: [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(count)
        var previous: UInt32 = 0
        for gap in text.split(separator: UInt8(ascii: ",")) {
            previous += UInt32(String(decoding: gap, as: UTF8.self), radix: 36) ?? 0
            result.append(previous)
        }
        return result
    }

    /// Ascending numbers as base-36 gaps, as a list writes them: into room
    /// made once (seven digits and a comma a number at most), not byte by
    /// byte (each append checked the array's capacity and uniqueness: a
    /// Chinese site's index writes 15 million gaps).
    static func appendGaps(_ numbers: ArraySlice<UInt32>, to out: inout [UInt8]) {
        guard !numbers.isEmpty else { return }
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: numbers.count * 8))
        let end = out.withUnsafeMutableBufferPointer { buffer in
            var at = start
            var previous: UInt32 = 0
            for (index, number) in zip(numbers.indices, numbers) {
                if index != numbers.startIndex {
                    buffer[at] = UInt8(ascii: ",")
                    at += 1
                }
                at = writeBase36(number - previous, into: buffer, at: at)
                previous = number
            }
            return at
        }
        out.removeLast(out.count - end)
    }

    /// `value` in base 36 at `at`; where the digits end.
    @inline(__always)
    private static func writeBase36(_ value: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        if value < 36 {
            buffer[at] = digit(value)
            return at + 1
        }
        if value < 36 * 36 {
            buffer[at] = digit(value / 36)
            buffer[at + 1] = digit(value % 36)
            return at + 2
        }
        var count = 0
        var rest = value
        while rest > 0 {
            count += 1
            rest /= 36
        }
        rest = value
        for place in stride(from: at + count - 1, through: at, by: -1) {
            buffer[place] = digit(rest % 36)
            rest /= 36
        }
        return at + count
    }

    @inline(__always)
    private static func digit(_ value: UInt32) -> UInt8 {
        value < 10 ? UInt8(truncatingIfNeeded: value) &+ 0x30 : UInt8(truncatingIfNeeded: value) &+ 0x57
    }

    /// `value` in base 36 (digits, then lower-case letters). Most gaps are
    /// one or two digits; divisions are by constants (multiplications).
    static func appendBase36(_ value: UInt32, to out: inout [UInt8]) {
        @inline(__always) func digit(_ value: UInt32) -> UInt8 {
            value < 10 ? UInt8(truncatingIfNeeded: value) &+ 0x30 : UInt8(truncatingIfNeeded: value) &+ 0x57
        }
        if value < 36 {
            out.append(digit(value))
        } else if value < 36 * 36 {
            out.append(digit(value / 36))
            out.append(digit(value % 36))
        } else {
            var reversed: UInt64 = 0  // up to seven digits, one a byte, last digit first
            var count = 0
            var rest = value
            while rest > 0 {
                reversed = reversed << 8 | UInt64(digit(rest % 36))
                rest /= 36
                count += 1
            }
            for _ in 0..<count {
                out.append(UInt8(truncatingIfNeeded: reversed))
                reversed >>= 8
            }
        }
    }
}
