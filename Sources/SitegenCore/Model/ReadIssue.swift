/// A problem found while reading a file, before any rule runs. Rules of the
/// library turn these into diagnostics so that severity configuration and
/// suppression apply to them like to any other finding.
public struct ReadIssue: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// Front matter that is not valid YAML, not a mapping, or has a value of the wrong type.
        case frontMatterInvalid
        /// A front matter key sitegen does not know.
        case frontMatterUnknownKey
        /// A table annotation comment that cannot be read.
        case annotationInvalid
        /// A `sitegen-disable…` comment that silences nothing (misspelt directive or rule).
        case suppressionInvalid
    }

    public var kind: Kind
    public var range: SourceRange?
    public var message: String
    public var hint: String?
    /// A repair `sitegen check --fix` can make (a misspelt name replaced by the one meant).
    public var fix: Fix?

    public init(kind: Kind, range: SourceRange?, message: String, hint: String? = nil, fix: Fix? = nil) {
        self.kind = kind
        self.range = range
        self.message = message
        self.hint = hint
        self.fix = fix
    }
}
