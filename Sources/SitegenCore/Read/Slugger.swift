/// Makes readable, unique anchors from heading text, for any script.
///
/// Letters and digits of every language are kept (CJK stays CJK: `一、官方注销账户流程`
/// → `一官方注销账户流程`), Latin letters are lower-cased, spaces become `-`, other
/// punctuation is dropped. Repeats get `-1`, `-2`, … like GitHub.
public struct Slugger: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    /// The slug of `text` without uniqueness.
    public static func slug(_ text: String) -> String {
        // Gathered as UTF-8 and made a String once (appending scalar by scalar to a String
        // was two thirds of the cost).
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        // (The state passed in, not captured: a local function that captured it had each call's
        // access checked at run time.)
        func append(_ scalar: Unicode.Scalar, _ out: inout [UInt8], _ pendingDash: inout Bool) {
            if pendingDash, !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingDash = false
            UTF8.encode(scalar) { out.append($0) }
        }
        for scalar in text.unicodeScalars {
            // ASCII and CJK ideographs without Unicode's property tables (the same answers:
            // ASCII letters and digits are its only alphabetic and numeric scalars; ideographs
            // are alphabetic and have no case).
            let value = scalar.value
            if value < 0x80 || (0x4E00...0x9FFF).contains(value) {
                let byte = UInt8(truncatingIfNeeded: value), upper = value < 0x80 && (0x41...0x5A).contains(byte)
                if value >= 0x80 || upper || (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F {
                    append(upper ? Unicode.Scalar(byte + 0x20) : scalar, &out, &pendingDash)
                } else if byte == 0x2D || byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingDash = true
                }
                continue
            }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || scalar == "_" {
                if scalar.isASCII {
                    let value = UInt8(scalar.value)
                    append(Unicode.Scalar((0x41...0x5A).contains(value) ? value + 0x20 : value), &out, &pendingDash)
                } else {
                    // What String.lowercased() does per scalar.
                    let lowered = properties.lowercaseMapping.unicodeScalars
                    append(lowered.first!, &out, &pendingDash)
                    for more in lowered.dropFirst() { UTF8.encode(more) { out.append($0) } }
                }
            } else if scalar == "-" || properties.isWhitespace {
                pendingDash = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A slug not returned before by this slugger; `fallback` when the text has no letters.
    public mutating func unique(_ text: String, fallback: String = "section") -> String {
        let slug = Self.slug(text)
        return reserve(slug.isEmpty ? fallback : slug)
    }

    /// Marks an explicit id as used and returns it (made unique if it repeats).
    public mutating func reserve(_ base: String) -> String {
        if let count = used[base] {
            var next = count
            var candidate: String
            repeat {
                next += 1
                candidate = "\(base)-\(next)"
            } while used[candidate] != nil
            used[base] = next
            used[candidate] = 0
            return candidate
        }
        used[base] = 0
        return base
    }
}
