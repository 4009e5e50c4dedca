extension StringProtocol {
    /// The string without leading and/or trailing whitespace and newlines.
    func trimmingWhitespace(leading: Bool = true, trailing: Bool = true) -> String {
        // Table cells and most lines: ASCII whitespace between ASCII or ideographs, trimmed by bytes.
        if let kept = utf8.withContiguousStorageIfAvailable({
            Self.keptAfterASCIIWhitespace($0, leading: leading, trailing: trailing)
        }), let kept {
            // Nothing to trim in a String (most cells): the string itself, not a copy.
            if kept.count == utf8.count, let string = self as? String { return string }
            return utf8.withContiguousStorageIfAvailable {
                String(decoding: UnsafeBufferPointer(rebasing: $0[kept]), as: UTF8.self)
            } ?? String(self)
        }
        // Most text has nothing to trim: decided from the end scalars alone.
        let scalars = unicodeScalars
        if (!leading || scalars.first.map(Self.surelyNotWhitespaceStart) ?? true),
           (!trailing || scalars.last.map(Self.surelyNotWhitespaceEnd) ?? true) {
            return String(self)
        }
        var view = Substring(self).unicodeScalars
        // Scalar by scalar while a whitespace scalar surely is a character of its own (the
        // scalar next to it cannot join it); by Characters, exactly, from the first doubt on.
        if leading {
            while let first = view.first, first.isWhitespaceScalar {
                let next = view.dropFirst().first
                guard next.map(Self.surelyStartsCharacter) ?? true else {
                    view = Substring(view).drop(while: { $0.isWhitespace }).unicodeScalars
                    break
                }
                view.removeFirst()
            }
        }
        if trailing {
            while let last = view.last, !Self.surelyNotWhitespaceEnd(last) {
                let before = view.dropLast().last
                guard last.isWhitespaceScalar, before.map(Self.surelyStartsCharacter) ?? true else {
                    var slice = Substring(view)
                    while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
                    view = slice.unicodeScalars
                    break
                }
                view.removeLast()
            }
        }
        return String(Substring(view))
    }

    /// The bytes kept without leading and/or trailing ASCII whitespace, when bytes alone settle it:
    /// each whitespace byte dropped has ASCII, a CJK ideograph or nothing on its inner side, so it
    /// is a character of its own (CR LF, one character, is whitespace either way), and what is
    /// kept starts and ends with ASCII or an ideograph. Otherwise nil (the exact way decides).
    static func keptAfterASCIIWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, leading: Bool, trailing: Bool) -> Range<Int>? {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        // A CJK ideograph (U+4E00…U+9FFF, three bytes) in bytes[at..<at + 3]: like ASCII, it never
        // joins the scalar before or after it into one character.
        func isIdeograph(at position: Int) -> Bool {
            bytes.threeByteScalar(at: position).map { (0x4E00...0x9FFF).contains($0) } ?? false
        }
        var start = 0, end = bytes.count
        if leading {
            while start < end, isSpace(bytes[start]) {
                start += 1
                guard start == end || bytes[start] < 0x80 || isIdeograph(at: start) else { return nil }
            }
            // What is kept must start with ASCII or an ideograph (another scalar may be whitespace).
            if start < end, bytes[start] >= 0x80, !isIdeograph(at: start) { return nil }
        }
        if trailing {
            while end > start, isSpace(bytes[end - 1]) {
                end -= 1
                guard end == start || bytes[end - 1] < 0x80 || isIdeograph(at: end - 3) else { return nil }
            }
            // What is kept must end in printable ASCII or an ideograph: nothing else surely ends a
            // character that is not whitespace.
            if end > start, bytes[end - 1] >= 0x80, !isIdeograph(at: end - 3) { return nil }
        }
        return start..<end
    }

    /// A scalar that never joins the scalar before it into one character, nor
    /// the one after it (but CR LF, which is whitespace either way): ASCII, a CJK
    /// ideograph or whitespace. (A character is whitespace when its first scalar is.)
    static func surelyStartsCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII || (0x4E00...0x9FFF).contains(scalar.value) || scalar.isWhitespaceScalar
    }

    /// A first scalar that cannot begin a whitespace character.
    static func surelyNotWhitespaceStart(_ scalar: Unicode.Scalar) -> Bool { !scalar.isWhitespaceScalar }

    /// A last scalar that ends a character which cannot be whitespace: printable
    /// ASCII or a CJK ideograph (neither extends the character before it).
    static func surelyNotWhitespaceEnd(_ scalar: Unicode.Scalar) -> Bool {
        (0x21...0x7E).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value)
    }
}
