/// An (option, criterion) pair: the numbers of their name keys (``NameKey``),
/// so grouping the site's matrix cells hashes two integers per cell instead
/// of two (mostly Chinese) strings with Unicode normalisation.
public struct FactKey: Hashable, Sendable {
    public var option: Int
    public var criterion: Int
}

/// One place that states the value of an option under a criterion, as a
/// finding shows it (``SiteIndex/statement(_:)`` reads it from a ``FactPlace``).
public struct FactStatement: Sendable {
    public var file: String
    /// The cell's range as cmark-gfm gives it, spaces around the text included: only a
    /// conflict needs the text's own range (``SiteIndex/range(of:)``), and most facts agree.
    public var cellRange: SourceRange?
    public var option: String
    public var criterion: String
    public var text: String
    /// The typed value (parsed as the criterion's declared type when there is one).
    public var value: CellValue
    public var tableID: String
}

/// Where a fact is stated, and its value: what the index keeps of each of the
/// site's hundreds of thousands of statements (their names and texts are read
/// back from the page for the few that conflict).
public struct FactPlace: Sendable {
    /// The page's position in the site and the table's in the page.
    public var page: Int32
    public var table: Int32
    /// A matrix cell: the criterion's and the option's positions in the table's ``MatrixShape``
    /// (``Matrix``'s order).
    /// A row of a key → value table: the row's position, and option -1.
    public var criterion: Int32
    public var option: Int32
    /// The typed value (parsed as the criterion's declared type when there is one).
    public var value: CellValue
}
