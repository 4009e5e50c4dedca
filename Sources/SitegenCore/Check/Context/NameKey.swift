/// How names (options, criteria, headers) are compared across tables and
/// pages: trimmed, case-folded, full-width ASCII folded to half-width,
/// whitespace removed. `注销 账户`, `注销账户` and `ＡＢＣ` / `abc` match.
public enum NameKey {
    public static func key(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace { continue }
            if (0xFF01...0xFF5E).contains(scalar.value), let folded = Unicode.Scalar(scalar.value - 0xFEE0) {
                result.append(folded)
            } else {
                result.append(scalar)
            }
        }
        return String(result).lowercased()
    }
}
