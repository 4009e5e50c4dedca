import Testing
@testable import SitegenCore

/// A row's cell texts are cut by walking the line's bytes; they must be the texts cut from
/// an array of the line's scalars (the code it replaced), in any order of ranges.
@Suite struct ScalarCursorTests {
    static let pieces = ["a", " ", "|", "中", "é", "e\u{301}", "😀", "\t", "—", "１"]

    @Test("the scalars of a range, as from an array of the line's scalars, on random lines and ranges")
    func sameAsScalarArray() {
        var random = SeededGenerator(state: 20_261_204)
        var nonEmpty = 0
        for _ in 0..<3_000 {
            let line = Substring((0..<Int.random(in: 0...12, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined())
            let scalars = Array(line.unicodeScalars)
            var cursor = ScalarCursor(line)
            for _ in 0..<Int.random(in: 1...5, using: &random) {
                let start = Int.random(in: 0...scalars.count + 2, using: &random)
                let end = Int.random(in: start...scalars.count + 3, using: &random)
                let expected = start < min(end, scalars.count) ? String(String.UnicodeScalarView(scalars[start..<min(end, scalars.count)])) : ""
                let text = cursor.text(scalars: start..<end)
                #expect(Array(text.utf8) == Array(expected.utf8), "\(line.debugDescription) \(start)..<\(end)")
                if !text.isEmpty { nonEmpty += 1 }
            }
        }
        #expect(nonEmpty > 3_000)
    }

    @Test("a trimmed range is the range's text trimmed, on random lines with spaces, tabs and wide spaces")
    func trimmedSameAsTextTrimmed() {
        var random = SeededGenerator(state: 20_261_205)
        let pieces = Self.pieces + ["  ", "\u{3000}", "\u{301}", "\u{A0}", " 中 ", "\r"]
        var trimmed = 0
        for _ in 0..<3_000 {
            let line = Substring((0..<Int.random(in: 0...10, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
            let count = line.unicodeScalars.count
            var cursor = ScalarCursor(line), reference = ScalarCursor(line)
            for _ in 0..<Int.random(in: 1...5, using: &random) {
                let start = Int.random(in: 0...count + 2, using: &random)
                let end = Int.random(in: start...count + 3, using: &random)
                let expected = reference.text(scalars: start..<end).trimmingWhitespace()
                let text = cursor.trimmedText(scalars: start..<end)
                #expect(Array(text.utf8) == Array(expected.utf8), "\(line.debugDescription) \(start)..<\(end)")
                if text.utf8.count < reference.text(scalars: start..<end).utf8.count { trimmed += 1 }
            }
        }
        #expect(trimmed > 1_000)
    }
}
