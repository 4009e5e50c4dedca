/// The single escaping helper for HTML that sitegen writes itself (outside
/// templates, which escape through the template engine).
public enum HTML {
    /// Escapes text for element content and double-quoted attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A number as written into `data-*` attributes and JSON: integers without
    /// a fraction, `Infinity`/`-Infinity` for unbounded values.
    public static func number(_ value: Double) -> String {
        if value == .infinity { return "Infinity" }
        if value == -.infinity { return "-Infinity" }
        if value.isNaN { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
