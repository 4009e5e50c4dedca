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
        var out = "{\"cells\":["
        for (row, cellsOfOption) in cells.enumerated() {
            if row > 0 { out += "," }
            out += "["
            for (column, cell) in cellsOfOption.enumerated() {
                if column > 0 { out += "," }
                out += "{\"dim\":"
                SearchIndex.appendJSONString(cell.dim, to: &out)
                out += ",\"eq\":\(cell.eq)"
                Self.appendField("lower", cell.lower, to: &out)
                Self.appendField("norm", cell.norm, to: &out)
                Self.appendField("sort", cell.sort, to: &out)
                out += ",\"text\":"
                SearchIndex.appendJSONString(cell.text, to: &out)
                Self.appendField("upper", cell.upper, to: &out)
                out += "}"
            }
            out += "]"
        }
        out += "],\"constraints\":["
        for (index, constraint) in constraints.enumerated() {
            if index > 0 { out += "," }
            out += "{\"excludes\":[" + constraint.excludes.map(String.init).joined(separator: ",") + "],\"id\":"
            SearchIndex.appendJSONString(constraint.id, to: &out)
            out += ",\"label\":"
            SearchIndex.appendJSONString(constraint.label, to: &out)
            out += "}"
        }
        out += "],\"criteria\":["
        for (index, criterion) in criteria.enumerated() {
            if index > 0 { out += "," }
            out += "{\"name\":"
            SearchIndex.appendJSONString(criterion.name, to: &out)
            out += ",\"prefer\":"
            SearchIndex.appendJSONString(criterion.prefer, to: &out)
            out += ",\"scored\":\(criterion.scored),\"type\":"
            SearchIndex.appendJSONString(criterion.type, to: &out)
            out += "}"
        }
        out += "],\"defaultWeight\":\(defaultWeight),\"id\":"
        SearchIndex.appendJSONString(id, to: &out)
        out += ",\"lang\":"
        SearchIndex.appendJSONString(lang, to: &out)
        out += ",\"options\":["
        for (index, option) in options.enumerated() {
            if index > 0 { out += "," }
            SearchIndex.appendJSONString(option, to: &out)
        }
        out += "],\"scores\":[" + scores.map { $0.map(Self.number) ?? "null" }.joined(separator: ",") + "],"
        out += stringsJSON
        out += ",\"version\":\(version),\"weights\":["
        for (index, level) in weights.enumerated() {
            if index > 0 { out += "," }
            out += "{\"factor\":" + Self.number(level.factor) + ",\"label\":"
            SearchIndex.appendJSONString(level.label, to: &out)
            out += ",\"value\":\(level.value)}"
        }
        out += "]}"
        return out
    }

    private static func appendField(_ name: String, _ value: Double?, to out: inout String) {
        guard let value else { return }
        out += ",\"\(name)\":" + number(value)
    }

    /// A number as JSONEncoder writes it (with JSONScript's strategy for infinities).
    static func number(_ value: Double) -> String {
        // Whole numbers (most sort values and scores) as integers, which is what the text below ends in.
        if value.magnitude < 1e15, value.rounded(.towardZero) == value, !(value == 0 && value.sign == .minus) {
            return String(Int(value))
        }
        if value == .infinity { return "\"Infinity\"" }
        if value == -.infinity { return "\"-Infinity\"" }
        if value.isNaN { return "\"NaN\"" }
        var text = "\(value)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
