/// A link or image of a page and what it points at.
public struct Link: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        /// Another site or scheme (`https:`, `mailto:`).
        case external(String)
        /// A page of the site, by content path, with an optional fragment.
        case page(String, fragment: String?)
        /// An anchor on the same page.
        case anchor(String)
        /// A file copied from the content folder (image, PDF).
        case asset(String)
        /// An internal path that matches no page or file.
        case missing(String, fragment: String?)
    }

    public var destination: String
    public var text: String
    public var isImage: Bool
    public var range: SourceRange
    public var target: Target

    /// The fragment of a link into the site (after `#`), nil for none.
    public var fragment: String? {
        switch target {
        case .page(_, let fragment), .missing(_, let fragment): fragment
        case .anchor(let fragment): fragment
        case .external, .asset: nil
        }
    }

    public init(destination: String, text: String, isImage: Bool, range: SourceRange, target: Target) {
        self.destination = destination
        self.text = text
        self.isImage = isImage
        self.range = range
        self.target = target
    }
}
