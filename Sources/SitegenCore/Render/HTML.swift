/// The single escaping helper for HTML that sitegen writes itself (outside
/// templates, which escape through the template engine).
public enum HTML {
    /// Escapes text for element content and double-quoted attribute values,
    /// byte by byte (a combining mark after `"` cannot hide it); text without
    /// any of the five characters is returned as it is. Without `apostrophe`,
    /// `'` stays as it is, as in cmark-gfm's text output.
    public static func escape(_ text: String, apostrophe: Bool = true) -> String {
        // The bytes in place (a String's UTF-8 view walked as a collection is several times slower).
        let escaped =
            text.utf8.withContiguousStorageIfAvailable { escape($0, apostrophe: apostrophe) }
            ?? Array(text.utf8).withUnsafeBufferPointer { escape($0, apostrophe: apostrophe) }
        return escaped ?? text
    }

    /// The escaped text of `bytes`, or nil when nothing in them needs escaping.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, apostrophe: Bool) -> String? {
        guard let first = bytes.firstIndex(where: { needsEscape($0, apostrophe: apostrophe) }) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        out += bytes[..<first]
        for byte in bytes[first...] {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'") where apostrophe: out += "&#39;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8, apostrophe: Bool) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || (apostrophe && byte == UInt8(ascii: "'"))
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
