/// Options for turning Markdown into a ``MarkdownDocument``.
public struct MarkdownOptions: Sendable, Hashable {
    /// Pass raw HTML through (cmark's `UNSAFE`). Off by default: raw HTML is
    /// replaced by a comment and `javascript:` style links are dropped.
    public var allowRawHTML: Bool
    /// Curly quotes and dashes.
    public var smartPunctuation: Bool

    public init(allowRawHTML: Bool = false, smartPunctuation: Bool = false) {
        self.allowRawHTML = allowRawHTML
        self.smartPunctuation = smartPunctuation
    }
}
