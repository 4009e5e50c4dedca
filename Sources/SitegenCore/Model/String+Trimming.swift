extension StringProtocol {
    /// The string without leading and/or trailing whitespace and newlines.
    func trimmingWhitespace(leading: Bool = true, trailing: Bool = true) -> String {
        // Most text has nothing to trim: decided from the end scalars alone.
        let scalars = unicodeScalars
        if (!leading || scalars.first.map(Self.surelyNotWhitespaceStart) ?? true),
           (!trailing || scalars.last.map(Self.surelyNotWhitespaceEnd) ?? true) {
            return String(self)
        }
        var slice = Substring(self)
        if leading { slice = slice.drop(while: { $0.isWhitespace }) }
        if trailing {
            while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        }
        return String(slice)
    }

    /// A first scalar that cannot begin a whitespace character.
    static func surelyNotWhitespaceStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return !(scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)) }
        return (0x4E00...0x9FFF).contains(scalar.value) || !scalar.properties.isWhitespace
    }

    /// A last scalar that ends a character which cannot be whitespace: printable
    /// ASCII or a CJK ideograph (neither extends the character before it).
    static func surelyNotWhitespaceEnd(_ scalar: Unicode.Scalar) -> Bool {
        (0x21...0x7E).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value)
    }
}
