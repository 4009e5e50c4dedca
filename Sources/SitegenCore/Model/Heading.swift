/// A heading of a page with its anchor (unique on the page).
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    /// Inline HTML of the heading content.
    public var html: String
    public var anchor: String
    /// The id written as a trailing `{#id}`, before it was made unique; nil when the anchor comes
    /// from the text.
    public var explicitID: String?
    public var range: SourceRange

    public init(level: Int, text: String, html: String, anchor: String, explicitID: String? = nil, range: SourceRange) {
        self.level = level
        self.text = text
        self.html = html
        self.anchor = anchor
        self.explicitID = explicitID
        self.range = range
    }
}
