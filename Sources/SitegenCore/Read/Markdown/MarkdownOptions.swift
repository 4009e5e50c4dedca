/// Options for turning Markdown into a ``MarkdownDocument``.
public struct MarkdownOptions: Sendable, Hashable {
    /// Pass raw HTML through (cmark's `UNSAFE`). Off by default: raw HTML is
    /// replaced by a comment and `javascript:` style links are dropped.
    public var allowRawHTML: Bool
    /// Curly quotes and dashes.
    public var smartPunctuation: Bool
    /// Render blocks and table cells to HTML (and blocks to plain text for
    /// search). `sitegen check` turns it off: no rule reads them.
    public var renderHTML: Bool
    /// A paragraph or table cell of text nodes alone is written as its escaped text rather than
    /// by cmark-gfm's renderer, which writes exactly that. Off only in the tests, as the reference.
    var writesTextItself = true

    public init(allowRawHTML: Bool = false, smartPunctuation: Bool = false, renderHTML: Bool = true) {
        self.allowRawHTML = allowRawHTML
        self.smartPunctuation = smartPunctuation
        self.renderHTML = renderHTML
    }
}
