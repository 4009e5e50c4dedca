/// What each raw line of a page is, as far as the structural rules need to
/// know without cmark: blank, code or comment (never a table), a list item
/// marker, or a line that starts a block and so cannot continue a table.
public struct LineScan: Sendable {
    public enum Kind: Sendable, Hashable {
        case blank
        /// Front matter, fenced code, indented code after a blank line, or an HTML comment.
        case verbatim
        /// A list item marker line; `content` is the column its text starts at.
        case listItem(content: Int)
        /// An ATX heading, block quote, fence, thematic break or HTML block start.
        case blockStart
        case text
    }

    public let kinds: [Kind]
    /// Leading spaces (a tab counts as 4).
    public let indents: [Int]

    public init(_ source: SourceText, frontMatterEnd: Int = 0) {
        var builder = Builder(frontMatterEnd: frontMatterEnd, lineCount: source.lineCount)
        // Each line's bytes in place. Most lines are decided by their blanks and first byte; a line
        // that may open or close a block (or has a mark after its blanks) is read by Characters.
        source.forEachLineBytes { offset, bytes in
            if !builder.add(bytes, number: offset + 1) { builder.addByCharacters(source.lines[offset], number: offset + 1) }
        }
        kinds = builder.kinds
        indents = builder.indents
    }

    /// The same scan with every line read by Characters (what the byte path is tested against).
    init(byCharacters source: SourceText, frontMatterEnd: Int = 0) {
        var builder = Builder(frontMatterEnd: frontMatterEnd, lineCount: source.lineCount)
        for (offset, line) in source.lines.enumerated() { builder.addByCharacters(line, number: offset + 1) }
        kinds = builder.kinds
        indents = builder.indents
    }

    /// The kinds and indents so far, and the open fence or comment the next line may be in.
    private struct Builder {
        let frontMatterEnd: Int
        var kinds: [Kind] = []
        var indents: [Int] = []
        var fence: (marker: Character, count: Int)?
        var inComment = false

        init(frontMatterEnd: Int, lineCount: Int) {
            self.frontMatterEnd = frontMatterEnd
            kinds.reserveCapacity(lineCount)
            indents.reserveCapacity(lineCount)
        }

        /// Adds the line from its bytes when its blanks and first byte decide it exactly as
        /// ``addByCharacters(_:number:)`` would; false (nothing added) when they do not: a byte
        /// past ASCII right after blanks (a mark may join the last blank), a line that may close
        /// the open fence, or one whose first byte may start a block, a fence or a comment.
        mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, number: Int) -> Bool {
            var width = 0, start = 0
            while start < bytes.count {
                if bytes[start] == UInt8(ascii: " ") {
                    width += 1
                } else if bytes[start] == UInt8(ascii: "\t") {
                    width += 4 - width % 4
                } else {
                    break
                }
                start += 1
            }
            if start > 0, start < bytes.count, bytes[start] >= 0x80 { return false }
            let first = start < bytes.count ? bytes[start] : nil
            if number <= frontMatterEnd {
                append(.verbatim, indent: width)
                return true
            }
            if let open = fence {
                // A Character equal to the (ASCII) marker is its byte: any other first byte closes nothing.
                guard first != open.marker.asciiValue else { return false }
                append(.verbatim, indent: width)
                return true
            }
            if inComment {
                append(.verbatim, indent: width)
                if LineScan.containsCommentEnd(UnsafeBufferPointer(rebasing: bytes[start...])) { inComment = false }
                return true
            }
            guard let first else {
                append(.blank, indent: width)
                return true
            }
            if width >= 4, kinds.last == .blank || kinds.last == .verbatim || kinds.isEmpty {
                append(.verbatim, indent: width)
                return true
            }
            // Text unless the first byte may start a block (`<` a comment too) or a fence.
            guard !LineScan.mayStartBlock[Int(first)], first != UInt8(ascii: "`"), first != UInt8(ascii: "~") else {
                return false
            }
            append(.text, indent: width)
            return true
        }

        private mutating func append(_ kind: Kind, indent: Int) {
            kinds.append(kind)
            indents.append(indent)
        }

        /// Adds the line read by Characters.
        mutating func addByCharacters(_ line: Substring, number: Int) {
            let (indent, trimmed) = LineScan.leadingBlanks(line)
            indents.append(indent)
            if number <= frontMatterEnd { kinds.append(.verbatim); return }
            if let open = fence {
                kinds.append(.verbatim)
                let run = trimmed.prefix { $0 == open.marker }.count
                if run >= open.count, trimmed.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" }) { fence = nil }
                return
            }
            if inComment {
                kinds.append(.verbatim)
                if LineScan.containsCommentEnd(trimmed) { inComment = false }
                return
            }
            if trimmed.isEmpty { kinds.append(.blank); return }
            if indent >= 4, kinds.last == .blank || kinds.last == .verbatim || kinds.isEmpty {
                kinds.append(.verbatim)
                return
            }
            if indent < 4, let byte = trimmed.utf8.first, byte == UInt8(ascii: "`") || byte == UInt8(ascii: "~"),
               let marker = trimmed.first, marker == "`" || marker == "~" {
                let run = trimmed.prefix { $0 == marker }.count
                if run >= 3, marker == "~" || !trimmed.dropFirst(run).contains("`") {
                    fence = (marker, run)
                    kinds.append(.verbatim)
                    return
                }
            }
            if LineScan.startsComment(trimmed) {
                kinds.append(.verbatim)
                inComment = !LineScan.containsCommentEnd(trimmed)
                return
            }
            kinds.append(LineScan.classify(trimmed, indent: indent))
        }
    }

    /// Whether the line holds `-->` (searched as bytes: Foundation's
    /// `contains` would bridge every comment line to UTF-16).
    static func containsCommentEnd(_ line: Substring) -> Bool {
        // Over the bytes in place (walking a `Substring`'s UTF-8 view by index cost seven times more).
        line.utf8.withContiguousStorageIfAvailable(containsCommentEnd) ?? Array(line.utf8).withUnsafeBufferPointer(containsCommentEnd)
    }

    /// Whether the UTF-8 bytes hold `-->`.
    static func containsCommentEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var dashes = 0
        for byte in bytes {
            if byte == UInt8(ascii: "-") {
                dashes += 1
            } else {
                if byte == UInt8(ascii: ">"), dashes >= 2 { return true }
                dashes = 0
            }
        }
        return false
    }

    public func kind(_ line: Int) -> Kind? {
        kinds.indices.contains(line - 1) ? kinds[line - 1] : nil
    }

    public func isBlank(_ line: Int) -> Bool { kind(line) == .blank }

    /// True for a line holding a comment that ends on it (an annotation or suppression right before a table).
    public func endsComment(_ line: Int, in source: SourceText) -> Bool {
        guard kind(line) == .verbatim, let text = source.line(line) else { return false }
        return text.trimmingWhitespace().hasSuffix("-->")
    }

    /// The line's indent and the line without its leading spaces and tabs: `indent(of:)` and
    /// dropping the blank Characters, by bytes. A byte past ASCII right after the blanks may
    /// be a mark that makes the last blank another Character: then by Characters, as before.
    static func leadingBlanks(_ line: Substring) -> (indent: Int, trimmed: Substring) {
        var width = 0
        var end = line.utf8.startIndex
        while end < line.utf8.endIndex {
            let byte = line.utf8[end]
            if byte == UInt8(ascii: " ") {
                width += 1
            } else if byte == UInt8(ascii: "\t") {
                width += 4 - width % 4
            } else {
                break
            }
            line.utf8.formIndex(after: &end)
        }
        if end == line.utf8.startIndex { return (0, line) }
        if end < line.utf8.endIndex, line.utf8[end] >= 0x80 {
            return (indent(of: line), line.drop(while: { $0 == " " || $0 == "\t" }))
        }
        return (width, line[end...])
    }

    /// `text.hasPrefix("<!--")`, by bytes (with the same care for a mark joined to the last `-`).
    static func startsComment(_ text: Substring) -> Bool {
        let utf8 = text.utf8
        // The first byte alone turns away almost every line (a generic `starts(with:)` each was 0.5% of a check).
        guard utf8.first == UInt8(ascii: "<"), utf8.starts(with: "<!--".utf8) else { return false }
        let after = utf8.index(utf8.startIndex, offsetBy: 4)
        return after == utf8.endIndex || utf8[after] < 0x80 || text.hasPrefix("<!--")
    }

    static func indent(of line: Substring) -> Int {
        var width = 0
        for character in line {
            if character == " " { width += 1 } else if character == "\t" { width += 4 - width % 4 } else { break }
        }
        return width
    }

    static func classify(_ trimmed: Substring, indent: Int) -> Kind {
        // Most lines start with a byte no block marker starts with (a letter, an ideograph):
        // text, decided without reading Characters (a Character starting with such a byte is
        // none of the ASCII marks below, and not an ASCII digit either).
        if let byte = trimmed.utf8.first, !Self.mayStartBlock[Int(byte)] { return .text }
        guard indent < 4, let first = trimmed.first else { return .text }
        if first == "#" {
            let hashes = trimmed.prefix { $0 == "#" }.count
            let rest = trimmed.dropFirst(hashes)
            if hashes <= 6, rest.isEmpty || rest.first == " " || rest.first == "\t" { return .blockStart }
        }
        if first == ">" || first == "<" { return .blockStart }
        if "-*_".contains(first) {
            // Only the mark, spaces and tabs, with at least three marks (stops at the first other character).
            if trimmed.allSatisfy({ $0 == first || $0 == " " || $0 == "\t" }), trimmed.count(where: { $0 == first }) >= 3 {
                return .blockStart
            }
        }
        if let content = listContentOffset(trimmed) { return .listItem(content: indent + content + 1) }
        return .text
    }

    /// Bytes a line's first character must start with to be more than text here.
    private static let mayStartBlock: [Bool] = (0...255).map { byte in
        Array("#><-*_+0123456789".utf8).contains(UInt8(byte))
    }

    /// Offset of a list item's text after its marker (`- `, `* `, `+ `, `1. `, `1) `), nil when not a marker.
    static func listContentOffset(_ trimmed: Substring) -> Int? {
        var marker = 0
        if let first = trimmed.first, "-*+".contains(first) {
            marker = 1
        } else {
            let digits = trimmed.prefix { $0.isASCII && $0.isNumber }.count
            guard (1...9).contains(digits) else { return nil }
            let after = trimmed.dropFirst(digits).first
            guard after == "." || after == ")" else { return nil }
            marker = digits + 1
        }
        let rest = trimmed.dropFirst(marker)
        if rest.isEmpty { return marker + 1 }
        let spaces = rest.prefix { $0 == " " || $0 == "\t" }.count
        guard spaces > 0 else { return nil }
        return marker + min(spaces, 4)
    }
}
