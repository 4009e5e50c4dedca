/// Compiler-style text diagnostics:
///
/// ```
/// Content/x.md:12:1: error: row has 3 cells, header has 2 [table-column-count]
///    12 | | a | b | c |
///       | ^
///   hint: remove the extra cell or add a column to the header
/// ```
public struct TextFormatter: Sendable {
    public var color: Bool
    /// The text of a line of a file, for the excerpt.
    public var sourceLine: @Sendable (_ file: String, _ line: Int) -> String?

    public init(color: Bool = false, sourceLine: @escaping @Sendable (String, Int) -> String? = { _, _ in nil }) {
        self.color = color
        self.sourceLine = sourceLine
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var location = diagnostic.file
        if let range = diagnostic.range { location += ":\(range.start.line):\(range.start.column)" }
        let severity = paint(diagnostic.severity.rawValue, code: Self.code(diagnostic.severity))
        var text = "\(paint(location, code: "1")): \(severity): \(diagnostic.message) [\(diagnostic.name)]\n"
        if let range = diagnostic.range, let line = sourceLine(diagnostic.file, range.start.line) {
            let number = String(range.start.line)
            let gutter = String(repeating: " ", count: number.count)
            let scalars = Array(line.unicodeScalars)
            let start = min(max(0, range.start.column - 1), scalars.count)
            // A long line (a 2,000-column table header) is shown as a window around the column.
            var from = 0, to = scalars.count
            if scalars.count > Self.excerptWidth {
                from = max(0, min(start - Self.excerptWidth / 3, scalars.count - Self.excerptWidth))
                to = from + Self.excerptWidth
            }
            var window = String.UnicodeScalarView()
            window.append(contentsOf: scalars[from..<to])
            let shown = (from > 0 ? "…" : "") + String(window).replacingTabs() + (to < scalars.count ? "…" : "")
            text += " \(number) | \(shown)\n"
            let prefix = (from > 0 ? " " : "") + scalars[from..<start].map { $0 == "\t" ? "    " : Self.padding(for: $0) }.joined()
            let end = range.end.line == range.start.line ? min(scalars.count, max(range.end.column, start + 1)) : start + 1
            let width = start < scalars.count ? scalars[start..<end].map { $0 == "\t" ? 4 : Self.padding(for: $0).count }.reduce(0, +) : 1
            text += " \(gutter) | \(prefix)\(paint(String(repeating: "^", count: min(max(1, width), 80)), code: "32"))\n"
        }
        if let hint = diagnostic.hint { text += "  \(paint("hint:", code: "36")) \(hint)\n" }
        for related in diagnostic.related {
            var place = related.file
            if let range = related.range { place += ":\(range.start.line):\(range.start.column)" }
            text += "  \(paint("note:", code: "36")) \(place): \(related.message)\n"
        }
        return text
    }

    /// The most characters of a source line an excerpt shows.
    static let excerptWidth = 120

    public func summary(files: Int, tables: Int, errors: Int, warnings: Int, milliseconds: Double) -> String {
        let time = milliseconds < 1000 ? "\(Int(milliseconds.rounded())) ms" : String(format: "%.2f s", milliseconds / 1000)
        return CheckSummary(files: files, tables: tables, errors: errors, warnings: warnings).counts + " (\(time))"
    }

    static func code(_ severity: Severity) -> String {
        switch severity {
        case .error: return "1;31"
        case .warning: return "1;33"
        case .info: return "1;34"
        }
    }

    func paint(_ text: String, code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// East Asian wide characters take two terminal cells.
    static func padding(for scalar: Unicode.Scalar) -> String {
        DisplayWidth.isWide(scalar) ? "  " : " "
    }
}

extension StringProtocol {
    func replacingTabs() -> String {
        String(self).replacingOccurrences(of: "\t", with: "    ")
    }
}
