/// How names (options, criteria, headers) are compared across tables and
/// pages: trimmed, case-folded, full-width ASCII folded to half-width,
/// whitespace removed. `注销 账户`, `注销账户` and `ＡＢＣ` / `abc` match.
public enum NameKey {
    public static func key(_ text: some StringProtocol) -> String {
        // Most names (Chinese, lower-case ASCII) are their own key: no scalar to drop or fold.
        if text.utf8.withContiguousStorageIfAvailable(isOwnKey) == true { return String(text) }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.utf8.count)
        for original in text.unicodeScalars {
            var scalar = original
            if scalar.isASCII {
                let value = scalar.value
                if value == 0x20 || (0x09...0x0D).contains(value) { continue }
                result.append((0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20)! : scalar)
                continue
            }
            if (0x4E00...0x9FFF).contains(scalar.value) {  // CJK ideographs: not space, no case
                result.append(scalar)
                continue
            }
            if scalar.properties.isWhitespace { continue }
            if (0xFF01...0xFF5E).contains(scalar.value), let folded = Unicode.Scalar(scalar.value - 0xFEE0) {
                scalar = folded
            }
            // Lower-cased scalar by scalar, which is what String.lowercased() does.
            if scalar.isASCII || !scalar.properties.changesWhenLowercased {
                result.append(scalar.isASCII && (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar)
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(scalars: result)
    }

    /// True when every scalar is kept as it is: ASCII that is neither whitespace nor an
    /// upper-case letter, or a CJK ideograph (U+4E00…U+9FFF), read from the UTF-8 bytes.
    static func isOwnKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80 {
                if byte == 0x20 || (0x09...0x0D).contains(byte) || (0x41...0x5A).contains(byte) { return false }
                position += 1
                continue
            }
            guard let value = bytes.threeByteScalar(at: position), (0x4E00...0x9FFF).contains(value) else { return false }
            position += 3
        }
        return true
    }
}
