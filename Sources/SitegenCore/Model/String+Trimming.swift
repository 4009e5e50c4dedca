extension StringProtocol {
    /// The string without leading and/or trailing whitespace and newlines.
    func trimmingWhitespace(leading: Bool = true, trailing: Bool = true) -> String {
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
