/// A page after reading: decoded text and typed front matter, before the
/// Markdown is parsed. Routes are assigned to these so links can be resolved
/// while parsing.
///
/// Its fields live in one shared box, like ``Page``'s: copying a source
/// (a serve rebuild copies the list of them) costs one reference count.
public struct PageSource: Sendable {
    private var storage: SharedFields<Fields>

    public var file: String {
        get { storage.fields.file }
        set { storage = storage.with { $0.file = newValue } }
    }

    public var contentPath: String {
        get { storage.fields.contentPath }
        set { storage = storage.with { $0.contentPath = newValue } }
    }

    public var kind: Page.Kind {
        get { storage.fields.kind }
        set { storage = storage.with { $0.kind = newValue } }
    }

    public var section: String {
        get { storage.fields.section }
        set { storage = storage.with { $0.section = newValue } }
    }

    public var frontMatter: FrontMatter {
        get { storage.fields.frontMatter }
        set { storage = storage.with { $0.frontMatter = newValue } }
    }

    /// The file as written.
    public var text: SourceText { storage.fields.text }

    /// The file with the front matter lines blanked, for the Markdown parser (made when asked).
    public var body: SourceText {
        FrontMatterParser.body(of: storage.fields.text, frontMatterLines: storage.fields.frontMatterLines)
    }

    public var issues: [ReadIssue] {
        get { storage.fields.issues }
        set { storage = storage.with { $0.issues = newValue } }
    }

    public var route: Route {
        get { storage.fields.route }
        set { storage = storage.with { $0.route = newValue } }
    }

    /// Reads decoded text. `displayRoot` is the content folder as shown in diagnostics.
    public init(contentPath: String, text: String, displayRoot: String) {
        storage = SharedFields(Fields(contentPath: contentPath, text: text, displayRoot: displayRoot))
    }

    static func outputPath(folder: String, name: String, isIndex: Bool, slug: String?) -> String {
        let prefix = folder.isEmpty ? "" : folder + "/"
        if isIndex { return prefix + "index.html" }
        let stem = name.split(byte: UInt8(ascii: ".")).dropLast().joined(separator: ".")
        return prefix + (slug ?? stem) + "/index.html"
    }

    /// The title: front matter, else the first level-1 heading, else the file name.
    func title(headings: [MarkdownHeading]) -> String {
        if let title = frontMatter.title, !title.isEmpty { return title }
        if let first = headings.first(where: { $0.level == 1 }) { return first.text }
        let name = contentPath.split(separator: "/").last.map(String.init) ?? contentPath
        return name.split(separator: ".").dropLast().joined(separator: ".")
    }
}
