/// A source file's text split into lines, for mapping byte offsets to
/// positions and for rules that read raw lines (tables, blank lines).
/// Line terminators (`\n`, `\r\n`, lone `\r`) are not part of a line.
public struct SourceText: Sendable, Hashable {
    public let text: String
    /// UTF-8 offsets of each line's start and end (before its terminator):
    /// 8 bytes a line where a `Substring` takes 32. Pages are at most 1 GiB
    /// (``SourceDecoder``); past 4 GiB offsets would be clamped, not trap.
    private let starts: [UInt32]
    private let ends: [UInt32]

    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        var starts: [UInt32] = []
        var ends: [UInt32] = []
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.firstOffset(of: UInt8(ascii: "\r")) == nil else {
                Self.scanLines(bytes, starts: &starts, ends: &ends)
                return
            }
            // Without a `\r`, lines end at `\n` only: memchr finds each end.
            var start = 0
            while let end = bytes.firstOffset(of: UInt8(ascii: "\n"), from: start) {
                starts.append(UInt32(clamping: start))
                ends.append(UInt32(clamping: end))
                start = end + 1
            }
            if start < bytes.count || starts.isEmpty {
                starts.append(UInt32(clamping: start))
                ends.append(UInt32(clamping: bytes.count))
            }
        }
        self.starts = starts
        self.ends = ends
    }

    /// The lines of `bytes`, byte by byte: `\r\n`, `\n` and a lone `\r` each end one.
    private static func scanLines(_ bytes: UnsafeBufferPointer<UInt8>, starts: inout [UInt32], ends: inout [UInt32]) {
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                index += 1
                continue
            }
            starts.append(UInt32(clamping: start))
            ends.append(UInt32(clamping: index))
            index += byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
            start = index
        }
        if start < bytes.count || starts.isEmpty {
            starts.append(UInt32(clamping: start))
            ends.append(UInt32(clamping: bytes.count))
        }
    }

    /// The text with its first `count` lines emptied (front matter blanked, line numbers kept):
    /// what `SourceText(String(repeating: "\n", count: count) + source.joinedLines(from: count))`
    /// gives, with the line offsets taken over from `source` instead of found again when the
    /// rest is one slice of it (no `\r`).
    init(blankingFirst count: Int, of source: SourceText) {
        let rest = source.joinedLines(from: count)
        var text = String(decoding: [UInt8](repeating: UInt8(ascii: "\n"), count: count), as: UTF8.self) + rest
        guard count > 0, count < source.starts.count, !rest.containsUTF8(UInt8(ascii: "\r")),
              rest.utf8.count == Int(source.ends[source.ends.count - 1]) - Int(source.starts[count])
        else {
            self.init(text)
            return
        }
        text.makeContiguousUTF8()
        let shift = UInt32(count) &- source.starts[count]
        var starts = Array(0..<UInt32(count)) + source.starts[count...].map { $0 &+ shift }
        var ends = Array(0..<UInt32(count)) + source.ends[count...].map { $0 &+ shift }
        // A scan ends the last line at the last terminator: an empty line after it is no line.
        if starts.count > 1, starts[starts.count - 1] == ends[ends.count - 1],
           Int(starts[starts.count - 1]) == text.utf8.count {
            starts.removeLast()
            ends.removeLast()
        }
        self.init(text: text, starts: starts, ends: ends)
    }

    private init(text: String, starts: [UInt32], ends: [UInt32]) {
        self.text = text
        self.starts = starts
        self.ends = ends
    }

    /// The lines, without terminators. `lines[0]` is line 1.
    public var lines: Lines { Lines(source: self) }

    /// The lines as substrings of ``text``, made when read.
    public struct Lines: RandomAccessCollection, Sendable {
        let source: SourceText
        public var startIndex: Int { 0 }
        public var endIndex: Int { source.starts.count }
        public subscript(position: Int) -> Substring { source.slice(position) }
    }

    private func slice(_ position: Int) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(starts[position]))
        let upper = utf8.index(utf8.startIndex, offsetBy: Int(ends[position]))
        return text[lower..<upper]
    }

    public var lineCount: Int { starts.count }

    /// Calls `body` with the UTF-8 bytes of 1-based line `number` in place (no `Substring`
    /// made); nil when there is no such line.
    func withBytes<Result>(ofLine number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard number >= 1, number <= starts.count else { return nil }
        let lower = Int(starts[number - 1]), upper = Int(ends[number - 1])
        // (`text` is contiguous UTF-8 since `init`.)
        return text.utf8.withContiguousStorageIfAvailable { body(UnsafeBufferPointer(rebasing: $0[lower..<upper])) }
    }

    /// Calls `body` with each line's 0-based number and UTF-8 bytes in place (no `Substring`
    /// made), in order.
    func forEachLineBytes(_ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        // (`text` is contiguous UTF-8 since `init`.)
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { all in
            for line in starts.indices {
                body(line, UnsafeBufferPointer(rebasing: all[Int(starts[line])..<Int(ends[line])]))
            }
        }
        if done == nil {
            for line in starts.indices { Array(slice(line).utf8).withUnsafeBufferPointer { body(line, $0) } }
        }
    }

    /// The lines from the 0-based line `first` on, joined by `\n`: what
    /// `lines.dropFirst(first).joined(separator: "\n")` gives, sliced from
    /// the text in one piece when those lines end in `\n` alone.
    public func joinedLines(from first: Int) -> String {
        joinedLines(first..<max(first, starts.count))
    }

    /// The 0-based lines `range` joined by `\n`: what `lines[range].joined(separator: "\n")`
    /// gives (lines past the last are none), sliced from the text in one piece when those
    /// lines end in `\n` alone.
    public func joinedLines(_ range: Range<Int>) -> String {
        let range = range.clamped(to: 0..<starts.count)
        guard !range.isEmpty else { return "" }
        let lower = Int(starts[range.lowerBound]), upper = Int(ends[range.upperBound - 1])
        let utf8 = text.utf8
        let slice = text[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)]
        guard !slice.containsUTF8(UInt8(ascii: "\r")) else { return lines[range].joined(separator: "\n") }
        return String(slice)
    }

    /// The text of a 1-based line, or nil when out of range.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }

    /// Converts a 1-based byte column on a line (as cmark reports it) to a
    /// 1-based Unicode-scalar column: the column of the character that holds
    /// that byte. Columns past the end of the line continue one per byte.
    public func scalarColumn(line: Int, byteColumn: Int) -> Int {
        guard byteColumn > 1, let text = self.line(line) else { return max(byteColumn, 1) }
        let target = byteColumn - 1  // 0-based byte offset
        var offset = 0
        var column = 0
        for scalar in text.unicodeScalars {
            if offset > target { break }
            column += 1
            offset += UTF8.width(scalar)
        }
        if offset <= target { column += target - offset + 1 }
        return column
    }
}

extension SourceText {
    /// ``SourceText/scalarColumn(line:byteColumn:)`` for many positions on the
    /// same lines, asked mostly left to right (a table row's cells): it goes
    /// on from the last position instead of from the line's start, so a row of
    /// n cells costs O(line length), not O(n × line length). One per parse;
    /// not thread-safe.
    final class ColumnCursor {
        let source: SourceText
        private var line = 0
        /// Bytes of the line counted so far, and how many scalars start among them.
        private var scanned = 0
        private var column = 0

        init(_ source: SourceText) { self.source = source }

        func scalarColumn(line number: Int, byteColumn: Int) -> Int {
            guard byteColumn > 1, number >= 1, number <= source.lineCount else { return max(byteColumn, 1) }
            let target = byteColumn - 1
            if number != line || target < scanned {
                line = number
                scanned = 0
                column = 0
            }
            // Scalars starting at or before `target` are its lead bytes (not 10xxxxxx).
            let count = source.withBytes(ofLine: number) { bytes -> Int in
                let end = min(target + 1, bytes.count)
                if scanned < end {
                    column += UnsafeBufferPointer(rebasing: bytes[scanned..<end]).scalarStartCount
                    scanned = end
                }
                return bytes.count
            } ?? 0
            // past the end, one per byte
            return target < count ? column : column + target - count + 1
        }
    }
}
