/// A cursor over one line of YAML for the flat mapping readers
/// (``YAMLReader/flatFlowMapping(_:lineOffset:)`` and
/// ``YAMLReader/flatBlockMapping(_:lineOffset:)``): single characters and
/// plain words as libyaml reads them in those shapes. Offsets count Unicode
/// scalars, as libyaml's columns do.
struct YAMLWordScanner {
    let scalars: [Unicode.Scalar]
    var index = 0

    init(_ text: some StringProtocol) { scalars = Array(text.unicodeScalars) }

    var isAtEnd: Bool { index == scalars.count }

    func at(_ scalar: Unicode.Scalar) -> Bool { index < scalars.count && scalars[index] == scalar }

    mutating func skipSpaces() { while at(" ") { index += 1 } }

    /// Words separated by spaces, without the spaces after the last one, and
    /// the offset they start at; nil (nothing read) when no word starts here.
    mutating func words() -> (String, Int)? {
        let start = index
        guard index < scalars.count, Self.isWordStart(scalars[index]) else { return nil }
        var end = index
        while index < scalars.count {
            if Self.isWordScalar(scalars[index]) {
                index += 1
                end = index
            } else if scalars[index] == " " {
                index += 1
            } else {
                break
            }
        }
        index = end
        return (String(scalars: scalars[start..<end]), start)
    }

    /// ASCII letters, digits, `_` and what libyaml calls printable beyond ASCII (not line or
    /// paragraph separators, not a byte order mark).
    static func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        case 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF:  // what libyaml calls printable
            return scalar.value != 0x2028 && scalar.value != 0x2029 && scalar.value != 0xFEFF
        default: return false
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isWordStart(scalar) || scalar == "-" || scalar == "."
    }
}
