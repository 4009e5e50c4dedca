/// Columns text takes in a terminal or a monospaced editor: East Asian wide and full-width
/// characters and emoji take two, marks joined to a character none, everything else one.
/// (Unicode's East Asian Width W and F ranges; ambiguous-width characters such as `×` or `…`
/// take one, as editors outside East Asian locales show them.)
public enum DisplayWidth {
    /// Whether a scalar takes two columns on its own.
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        return (0x1100...0x115F).contains(value) || (0x2E80...0x303E).contains(value) || (0x3041...0x33FF).contains(value)
            || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value) || (0xA000...0xA4CF).contains(value)
            || (0xA960...0xA97F).contains(value) || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0xFE10...0xFE19).contains(value) || (0xFE30...0xFE6F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x16FE0...0x18CFF).contains(value) || (0x1B000...0x1B2FF).contains(value)
            || (0x1F200...0x1F2FF).contains(value) || (0x20000...0x3FFFD).contains(value)
            || scalar.properties.isEmojiPresentation
    }

    /// The columns one Character takes: 2 when it is wide or an emoji shown as one (`✔️`, a
    /// flag, a family joined by ZWJ), 0 when it is only marks or format characters, else 1.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x300 { return first.value < 0x20 || (0x7F..<0xA0).contains(first.value) ? 0 : scalars.count == 1 ? 1 : widthOfCluster(scalars) }
        return widthOfCluster(scalars)
    }

    private static func widthOfCluster(_ scalars: Character.UnicodeScalarView) -> Int {
        if scalars.contains("\u{FE0E}") { return 1 }
        if scalars.contains(where: { $0 == "\u{FE0F}" || isWide($0) }) { return 2 }
        let zeroWidth = scalars.allSatisfy { scalar in
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: return true
            default: return false
            }
        }
        return zeroWidth ? 0 : 1
    }

    public static func of<Text: StringProtocol>(_ text: Text) -> Int {
        var width = 0
        for character in text {
            // ASCII, most of what is measured, without looking at scalars.
            if let ascii = character.asciiValue { width += ascii >= 0x20 && ascii != 0x7F ? 1 : 0 } else { width += of(character) }
        }
        return width
    }

    /// `text` with spaces after it up to `width` columns.
    public static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }
}
