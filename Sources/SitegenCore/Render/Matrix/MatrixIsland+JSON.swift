extension MatrixIsland {
    /// `JSONScript.encode(self)` without JSONEncoder: the same bytes (sorted
    /// keys, nil fields left out, integral numbers without ".0", infinities
    /// as strings, script-safe escapes), written straight into one string.
    /// Tests compare the two.
    public func fastJSON() -> String {
        fastJSON(stringsJSON: MatrixIslandStrings.json(strings))
    }

    /// With the `"strings":{…}` part given (the same for every matrix in a language).
    func fastJSON(stringsJSON: String) -> String {
        String(decoding: fastJSONBytes(stringsJSON: stringsJSON), as: UTF8.self)
    }

    /// `fastJSON(stringsJSON:)` as UTF-8 bytes, for the page (which copies them as they are).
    func fastJSONBytes(stringsJSON: String) -> [UInt8] {
        var out: [UInt8] = []  // (bytes: appending to a String cost more than the rest)
        out.reserveCapacity(2048 + stringsJSON.utf8.count)
        func put(_ text: String) { out.append(utf8: text) }
        func putLiteral(_ literal: StaticString) { out.append(literal: literal) }
        func putString(_ text: String) { SearchIndex.appendJSONString(text, to: &out) }
        putLiteral("{\"cells\":[")
        for (row, cellsOfOption) in cells.enumerated() {
            if row > 0 { putLiteral(",") }
            putLiteral("[")
            for (column, cell) in cellsOfOption.enumerated() {
                if column > 0 { putLiteral(",") }
                putLiteral("{\"dim\":")
                putString(cell.dim)
                putLiteral(",\"eq\":")
                out.append(decimal: cell.eq)
                Self.appendField("\"lower\"", cell.lower, to: &out)
                Self.appendField("\"norm\"", cell.norm, to: &out)
                Self.appendField("\"sort\"", cell.sort, to: &out)
                putLiteral(",\"text\":")
                putString(cell.text)
                Self.appendField("\"upper\"", cell.upper, to: &out)
                putLiteral("}")
            }
            putLiteral("]")
        }
        putLiteral("],\"constraints\":[")
        for (index, constraint) in constraints.enumerated() {
            if index > 0 { putLiteral(",") }
            put("{\"excludes\":[" + constraint.excludes.map(String.init).joined(separator: ",") + "],\"id\":")
            putString(constraint.id)
            putLiteral(",\"label\":")
            putString(constraint.label)
            putLiteral("}")
        }
        putLiteral("],\"criteria\":[")
        for (index, criterion) in criteria.enumerated() {
            if index > 0 { putLiteral(",") }
            putLiteral("{\"name\":")
            putString(criterion.name)
            putLiteral(",\"prefer\":")
            putString(criterion.prefer)
            put(",\"scored\":\(criterion.scored),\"type\":")
            putString(criterion.type)
            putLiteral("}")
        }
        put("],\"defaultWeight\":\(defaultWeight),\"id\":")
        putString(id)
        putLiteral(",\"lang\":")
        putString(lang)
        putLiteral(",\"options\":[")
        for (index, option) in options.enumerated() {
            if index > 0 { putLiteral(",") }
            putString(option)
        }
        put("],\"scores\":[" + scores.map { $0.map(Self.number) ?? "null" }.joined(separator: ",") + "],")
        put(stringsJSON)
        put(",\"version\":\(version),\"weights\":[")
        for (index, level) in weights.enumerated() {
            if index > 0 { putLiteral(",") }
            put("{\"factor\":" + Self.number(level.factor) + ",\"label\":")
            putString(level.label)
            put(",\"value\":\(level.value)}")
        }
        putLiteral("]}")
        return out
    }

    /// `,"name":value` (`name` with its quotes, such as `"lower"`), nothing when `value` is nil.
    private static func appendField(_ quotedName: StaticString, _ value: Double?, to out: inout [UInt8]) {
        guard let value else { return }
        out.append(UInt8(ascii: ","))
        out.append(literal: quotedName)
        out.append(UInt8(ascii: ":"))
        if let whole = wholeNumber(value) {
            out.append(decimal: whole)
        } else {
            out.append(utf8: number(value))
        }
    }

    /// Whole numbers (most sort values and scores) are written as integers, which is what
    /// JSONEncoder's text for them ends in; nil for any other value.
    static func wholeNumber(_ value: Double) -> Int? {
        guard value.magnitude < 1e15, value.rounded(.towardZero) == value, !(value == 0 && value.sign == .minus) else { return nil }
        return Int(value)
    }

    /// A number as JSONEncoder writes it (with JSONScript's strategy for infinities).
    static func number(_ value: Double) -> String {
        if let whole = wholeNumber(value) { return String(whole) }
        if value == .infinity { return "\"Infinity\"" }
        if value == -.infinity { return "\"-Infinity\"" }
        if value.isNaN { return "\"NaN\"" }
        var text = "\(value)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
