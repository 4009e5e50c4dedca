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
        var out: [UInt8] = []  // (bytes: appending to a String cost more than the rest)
        out.reserveCapacity(2048 + stringsJSON.utf8.count)
        func put(_ text: String) { out.append(utf8: text) }
        func putString(_ text: String) { SearchIndex.appendJSONString(text, to: &out) }
        put("{\"cells\":[")
        for (row, cellsOfOption) in cells.enumerated() {
            if row > 0 { put(",") }
            put("[")
            for (column, cell) in cellsOfOption.enumerated() {
                if column > 0 { put(",") }
                put("{\"dim\":")
                putString(cell.dim)
                put(",\"eq\":")
                put(String(cell.eq))
                Self.appendField("lower", cell.lower, to: &out)
                Self.appendField("norm", cell.norm, to: &out)
                Self.appendField("sort", cell.sort, to: &out)
                put(",\"text\":")
                putString(cell.text)
                Self.appendField("upper", cell.upper, to: &out)
                put("}")
            }
            put("]")
        }
        put("],\"constraints\":[")
        for (index, constraint) in constraints.enumerated() {
            if index > 0 { put(",") }
            put("{\"excludes\":[" + constraint.excludes.map(String.init).joined(separator: ",") + "],\"id\":")
            putString(constraint.id)
            put(",\"label\":")
            putString(constraint.label)
            put("}")
        }
        put("],\"criteria\":[")
        for (index, criterion) in criteria.enumerated() {
            if index > 0 { put(",") }
            put("{\"name\":")
            putString(criterion.name)
            put(",\"prefer\":")
            putString(criterion.prefer)
            put(",\"scored\":\(criterion.scored),\"type\":")
            putString(criterion.type)
            put("}")
        }
        put("],\"defaultWeight\":\(defaultWeight),\"id\":")
        putString(id)
        put(",\"lang\":")
        putString(lang)
        put(",\"options\":[")
        for (index, option) in options.enumerated() {
            if index > 0 { put(",") }
            putString(option)
        }
        put("],\"scores\":[" + scores.map { $0.map(Self.number) ?? "null" }.joined(separator: ",") + "],")
        put(stringsJSON)
        put(",\"version\":\(version),\"weights\":[")
        for (index, level) in weights.enumerated() {
            if index > 0 { put(",") }
            put("{\"factor\":" + Self.number(level.factor) + ",\"label\":")
            putString(level.label)
            put(",\"value\":\(level.value)}")
        }
        put("]}")
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendField(_ name: String, _ value: Double?, to out: inout [UInt8]) {
        guard let value else { return }
        out.append(UInt8(ascii: ","))
        out.append(UInt8(ascii: "\""))
        out.append(utf8: name)
        out.append(utf8: "\":")
        out.append(utf8: number(value))
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
