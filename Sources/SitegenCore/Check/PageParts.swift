/// Parts of a page that change most while it is written and that some site rules read: an
/// incremental check (``CheckCache``) runs a site rule again after an edit that changed only these
/// when the rule reads one of them (``Rule/siteReads``); any other change runs them all.
public struct PageParts: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The page's links and their targets.
    public static let links = PageParts(rawValue: 1)
    /// The page's headings: their text and anchors.
    public static let headings = PageParts(rawValue: 2)
    /// The cells of the tables the site rules read: matrices, an option page's key → value tables,
    /// every table of a translated site (``CheckCache/sameTablesForSiteRules(_:_:translated:)``);
    /// not their ids or kinds, whose change runs every site rule again.
    public static let tables = PageParts(rawValue: 4)
}
