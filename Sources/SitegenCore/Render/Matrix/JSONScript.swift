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
        // Most JSON has none of these: skip the copy (0xE2 starts U+2028/U+2029).
        let unsafe: (UInt8) -> Bool = { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }
        if !(json.utf8.withContiguousStorageIfAvailable { $0.contains(where: unsafe) } ?? json.utf8.contains(where: unsafe)) {
            return json
        }
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
