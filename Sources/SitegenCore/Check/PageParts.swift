/// Parts of a page that change most while it is written and that some site rules read: an
/// incremental check (``CheckCache``) runs a site rule again after an edit that changed only these
/// when the rule reads one of them (``Rule/siteReads``).
public struct PageParts: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The page's links and their targets.
    public static let links = PageParts(rawValue: 1)
    /// The page's headings: their text and anchors.
    public static let headings = PageParts(rawValue: 2)
}
