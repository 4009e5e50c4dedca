extension MarkdownTableRow {
    /// The row with its positions read from its source line (`text`, line
    /// `line`, split from `column` on): cmark-gfm gives a header right after
    /// paragraph text the paragraph's start as its position.
    func positioned(onLine line: Int, text: Substring, from column: Int) -> MarkdownTableRow {
        let split = PipeRow(text, from: column)
        let cells = self.cells.enumerated().map { index, cell in
            var cell = cell
            cell.range = index < split.cells.count
                ? SourceRange(line: line, column: split.cells[index].start, endColumn: split.cells[index].end) : nil
            return cell
        }
        let start = text.unicodeScalars.dropFirst(max(0, column - 1)).prefix { $0 == " " || $0 == "\t" }.count + column
        return MarkdownTableRow(range: SourceRange(line: line, column: start, endColumn: max(start, split.lastColumn)),
                                cells: cells)
    }
}
