import Testing
@testable import SitegenCore

/// `PipeRow` splits by UTF-8 bytes; it must give what splitting the line's
/// scalars gives (the way it was first written, kept here as the reference).
@Suite struct PipeRowTests {
    struct Reference: Equatable {
        var cells: [PipeRow.Cell]
        var pipeCount: Int
        var hasTrailingPipe: Bool
        var lastColumn: Int

        init(_ row: PipeRow) {
            (cells, pipeCount, hasTrailingPipe, lastColumn) = (row.cells, row.pipeCount, row.hasTrailingPipe, row.lastColumn)
        }

        init(_ line: Substring, from column: Int) {
            let scalars = Array(line.unicodeScalars)
            let first = min(max(column - 1, 0), scalars.count)
            var segments: [(Int, Int)] = []
            var start = first
            var pipes = 0
            var index = first
            while index < scalars.count {
                if scalars[index] == "|", index == first || scalars[index - 1] != "\\" {
                    segments.append((start, index))
                    pipes += 1
                    start = index + 1
                }
                index += 1
            }
            segments.append((start, scalars.count))
            func isBlank(_ segment: (Int, Int)) -> Bool {
                scalars[segment.0..<segment.1].allSatisfy { $0 == " " || $0 == "\t" }
            }
            var trailing = false
            if pipes > 0, let last = segments.last, isBlank(last) {
                segments.removeLast()
                trailing = true
            }
            if pipes > 0, segments.count > 1, let lead = segments.first, isBlank(lead) {
                segments.removeFirst()
            }
            cells = segments.map { segment in
                var lower = segment.0
                var upper = segment.1
                while lower < upper, scalars[lower] == " " || scalars[lower] == "\t" { lower += 1 }
                while upper > lower, scalars[upper - 1] == " " || scalars[upper - 1] == "\t" { upper -= 1 }
                var text = ""
                text.unicodeScalars.append(contentsOf: scalars[lower..<upper])
                return lower == upper
                    ? PipeRow.Cell(text: "", start: segment.0 + 1, end: segment.0 + 1)
                    : PipeRow.Cell(text: text, start: lower + 1, end: upper)
            }
            pipeCount = pipes
            hasTrailingPipe = trailing
            lastColumn = scalars.lastIndex { $0 != " " && $0 != "\t" }.map { $0 + 1 } ?? 0
        }
    }

    @Test func splitsAsTheScalarByScalarWayDid() {
        var rng = SeededGenerator(state: 0x919E)
        let pieces = ["|", "|", "\\", "\\|", " ", "\t", "a", "-", ":", "注销", "5张/日", "e\u{301}", "🇨🇳", "> ", "  ", "x|y", "\u{3000}"]
        for _ in 0..<5_000 {
            var line = ""
            for _ in 0..<Int.random(in: 0...16, using: &rng) { line += pieces.randomElement(using: &rng)! }
            let column = Int.random(in: -1...6, using: &rng)
            // Also as a slice of a longer text, as the source's lines are.
            let framed = "中\n" + line + "\n尾"
            let slice = framed.dropFirst(2).dropLast(2)
            for candidate in [Substring(line), slice] {
                #expect(Reference(PipeRow(candidate, from: column)) == Reference(candidate, from: column),
                        "\(line.debugDescription) from \(column)")
            }
        }
    }

    @Test func delimiterRowsAndColumns() {
        let row = PipeRow("| 方案 | 费用 |")
        #expect(row.cells.map(\.text) == ["方案", "费用"] && row.pipeCount == 3 && row.hasTrailingPipe)
        #expect(row.cells.map(\.start) == [3, 8] && row.cells.map(\.end) == [4, 9] && row.lastColumn == 11)
        #expect(PipeRow("|:---|---:|").isDelimiter && !PipeRow("| a | b |").isDelimiter)
        #expect(PipeRow("> | a \\| b |", from: 3).cells.map(\.text) == ["a \\| b"])
    }

    @Test("hasPipe says what a split's pipe count says, without splitting")
    func hasPipeAgreesWithTheSplit() {
        var rng = SeededGenerator(state: 0x6A7E)
        let pieces = ["|", "\\", "\\|", "a", " ", "\t", "表", "é", ">", "`"]
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 0...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let column = Int.random(in: 1...4, using: &rng)
            #expect(PipeRow.hasPipe(line[...], from: column) == (PipeRow(line[...], from: column).pipeCount > 0),
                    "\(line.debugDescription) from \(column)")
        }
        #expect(!PipeRow.hasPipe("粘进表格的一句话。") && !PipeRow.hasPipe("a \\| b") && PipeRow.hasPipe("\\|| b"))
        #expect(!PipeRow.hasPipe("> | a", from: 4) && PipeRow.hasPipe("> | a", from: 3))
    }

    @Test("every delimiter row passes the cheap test that comes before the split, on random lines")
    func mayBeDelimiterHoldsForEveryDelimiter() {
        var rng = SeededGenerator(state: 0xDE11)
        let pieces = ["|", "-", "---", ":", " ", "\t", "\\|", "a", "表", ">"]
        var delimiters = 0
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 0...7, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let column = Int.random(in: 1...3, using: &rng)
            guard PipeRow(line[...], from: column).isDelimiter else { continue }
            delimiters += 1
            #expect(PipeRow.mayBeDelimiter(line[...], from: column), "\(line.debugDescription) from \(column)")
        }
        #expect(delimiters > 300)  // (416 with this seed: the test sees delimiters, not only other lines)
        #expect(!PipeRow.mayBeDelimiter("| 注销 | 60天 |") && !PipeRow.mayBeDelimiter("粘进") && PipeRow.mayBeDelimiter(" |:--|"))
        #expect(PipeRow.mayBeDelimiter("> |---|", from: 3) && !PipeRow.mayBeDelimiter("> |---|"))
    }
}
