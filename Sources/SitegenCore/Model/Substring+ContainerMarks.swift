extension Unicode.Scalar {
    /// A blank or a block quote's `>`: what a line of a table in a block quote or list item may
    /// start with before its first pipe.
    var isContainerMark: Bool { self == " " || self == "\t" || self == ">" }
}

extension Substring {
    /// The line's leading blanks and `>` marks, as scalars.
    var leadingContainerMarks: Substring.UnicodeScalarView { unicodeScalars.prefix { $0.isContainerMark } }
}
