extension StringProtocol {
    /// The string without leading and/or trailing whitespace and newlines.
    func trimmingWhitespace(leading: Bool = true, trailing: Bool = true) -> String {
        var slice = Substring(self)
        if leading { slice = slice.drop(while: { $0.isWhitespace }) }
        if trailing {
            while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        }
        return String(slice)
    }
}
