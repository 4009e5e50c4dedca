import Foundation

/// JSON that is safe inside `<script type="application/json">` and in `.js`
/// files: after encoding, `<`, `>`, `&`, U+2028 and U+2029 are written as
/// `\u` escapes. They can only occur inside JSON strings, so the escapes keep
/// the value and no content (`</script>`, `<!--`, line separators) can end
/// the script element or break a JavaScript parser.
public enum JSONScript {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return escape(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    public static func escape(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
