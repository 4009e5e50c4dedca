import Foundation

/// A guard against the one quadratic blow-up left in cmark-gfm 0.29.0.gfm.6
/// (Debian's): every row of a table is padded with empty cells up to the
/// header's column count, so a wide header over many short lines makes
/// columns × lines cells. A 12 KB page (1,500 columns over 3,000 one-word
/// lines) made 4.5 million cells, 1.1 GB and 1.5 s in cmark alone, and more
/// in sitegen's model; the fuzzer found it as a 20-second timeout. Later
/// cmark-gfm versions end a table after 524,288 such cells
/// (`MAX_AUTOCOMPLETED_CELLS`); sitegen refuses the page before cmark sees
/// it, pointing at the table.
///
/// The count is an upper bound that never misses a table cmark would make:
/// a table runs from a possible delimiter row (a line with `|` and `-` and
/// nothing but delimiter and container-marker characters; each of its cells
/// needs a `-`, so its column count is at most its runs of `-`) to the next
/// blank line, and a row has at least one cell per
/// unescaped `|` but one. Real tables stay far below the limit: rows with all
/// their cells add nothing.
public enum TablePadding {
    /// The most empty cells a page's tables may need (cmark-gfm's own later limit).
    public static let limit = 0x80000

    /// A count of empty cells: the total, or where it passed a limit (the
    /// line of that table's delimiter row, its column count and the cells
    /// counted up to that row).
    public struct Count: Hashable, Sendable {
        public var cells = 0
        public var line = 0
        public var columns = 0
    }

    /// The first table past `limit`, or nil when the page is safe to parse.
    public static func excess(in text: String, limit: Int = limit) -> Count? {
        let count = count(in: text, stoppingAbove: limit)
        return count.cells > limit ? count : nil
    }

    /// The upper bound of the empty cells cmark-gfm adds to the page's tables,
    /// counted up to the first row that passes `limit`.
    static func count(in text: String, stoppingAbove limit: Int = .max) -> Count {
        var text = text
        return text.withUTF8 { count(in: $0, stoppingAbove: limit) }
    }

    /// What a delimiter row is made of (`|`, `-`, `:`, spaces, tabs, `\v`,
    /// `\f`) after the markers of the quotes and list items around it
    /// (`>`, `*`, `+`, `-`, `1.`, `1)`).
    private static let delimiterCharacters: [Bool] = (0...255).map { byte in
        Array("|-: \t\u{0B}\u{0C}>*+.)0123456789".utf8).contains(UInt8(byte))
    }

    static func count(in bytes: UnsafeBufferPointer<UInt8>, stoppingAbove limit: Int) -> Count {
        let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var tally = Tally(limit: limit)
        // Without a `\r`, lines end at `\n` only, and memchr finds the line ends and the pipes:
        // a line without a pipe (prose, most of a page) is read no further than its first
        // non-blank byte. With one, byte by byte.
        let fast = bytes.firstOffset(of: cr) == nil
        let delimiterCharacters = self.delimiterCharacters  // once: a static's lazy check per byte cost 1% of check
        var index = 0
        while index < bytes.count {
            var end = index
            if fast {
                end = bytes.firstOffset(of: lf, from: index) ?? bytes.count
            } else {
                while end < bytes.count, bytes[end] != lf, bytes[end] != cr { end += 1 }
            }
            let line = UnsafeBufferPointer(rebasing: bytes[index..<end])
            if fast, line.firstOffset(of: UInt8(ascii: "|")) == nil {
                tally.add(Line(blank: line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }))
            } else {
                tally.add(Line(line, delimiterCharacters: delimiterCharacters))
            }
            if tally.passedLimit { break }
            // `\r\n`, `\n` and a lone `\r` each end one line, as in cmark.
            index = end
            if index < bytes.count {
                index += bytes[index] == cr && index + 1 < bytes.count && bytes[index + 1] == lf ? 2 : 1
            }
        }
        return tally.count
    }

    /// What the count needs of one line.
    struct Line {
        var pipes = 0, runs = 0, blank = true, delimiterLike = true

        /// A line without a pipe (never a delimiter row, no cells).
        init(blank: Bool) {
            self.blank = blank
            delimiterLike = false
        }

        /// A line read byte by byte; `delimiterCharacters` is `TablePadding.delimiterCharacters`.
        /// Pipes are counted over the whole line; blankness and the delimiter test stop at the
        /// first byte that decides them (a table row's first letter), and runs of `-` are
        /// counted only on a line that may be a delimiter row (the only one they matter on).
        init(_ bytes: UnsafeBufferPointer<UInt8>, delimiterCharacters: [Bool]) {
            let pipe = UInt8(ascii: "|"), dash = UInt8(ascii: "-"), backslash = UInt8(ascii: "\\")
            let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == pipe, previous != backslash { pipes += 1 }
                previous = byte
            }
            blank = bytes.allSatisfy { $0 == space || $0 == tab }
            delimiterLike = bytes.allSatisfy { delimiterCharacters[Int($0)] }
            guard delimiterLike else { return }
            previous = 0
            for byte in bytes {
                if byte == dash, previous != dash { runs += 1 }
                previous = byte
            }
        }
    }

    /// The count over the lines so far.
    struct Tally {
        let limit: Int
        var cells = 0
        var columns = 0  // of the table that may be running; 0 after a blank line
        var tableLine = 0
        var line = 1
        var passedLimit = false

        init(limit: Int) { self.limit = limit }

        var count: Count {
            Count(cells: cells, line: tableLine, columns: columns)
        }

        mutating func add(_ scanned: Line) {
            defer { line += 1 }
            if scanned.blank {
                columns = 0
                return
            }
            if columns > 0 {
                cells += max(0, columns - max(1, scanned.pipes - 1))
                if cells > limit {
                    passedLimit = true
                    return
                }
            }
            if scanned.delimiterLike, scanned.pipes > 0, scanned.runs > columns {
                columns = scanned.runs
                tableLine = line
            }
        }
    }
}
