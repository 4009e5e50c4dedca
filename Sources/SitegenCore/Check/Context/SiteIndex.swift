/// What cross-page rules need, gathered in one pass over the site so that
/// each rule answers with dictionary lookups instead of walking every page
/// again: anchors per page, where options are defined and mentioned, and
/// every stated fact (option × criterion → value).
public struct SiteIndex: Sendable {
    public internal(set) var site: Site
    /// Page position by file (as diagnostics name it) and by content path.
    let pageByFile: [String: Int]
    let pageByContentPath: [String: Int]
    /// Element ids a link fragment may name, by content path (``Parts/anchors``).
    public internal(set) var anchors: [String: Set<String>]
    /// Pages that declare an option in front matter (`option:` / `options:`), by name key
    /// (``Parts/options``, as the next two).
    public let optionPages: [String: [Int]]
    /// Name keys of the site's heading texts, each with how many headings have it.
    var headingKeyCounts: [String: Int]
    /// Every option named by a matrix, in page order.
    public internal(set) var matrixOptions: [OptionMention]
    /// The name keys of ``matrixOptions``, each with how many mentions have it (text keys: hashed
    /// by bytes, where a String hashes its normalised form).
    var mentionKeyCounts: [TextKey: Int]
    /// The facts, and what reading option pages' key → value tables needs (``Parts/facts``).
    var factCollector: FactCollector
    /// The parts gathered.
    let parts: Parts

    /// Every fact stated by a matrix or an option page's key → value table: where, in site order.
    public var facts: [FactKey: [FactPlace]] { factCollector.facts }

    public struct OptionMention: Sendable, Equatable {
        public var page: Int
        public var tableID: String
        public var name: String
        /// The name's key (``NameKey``), as rules compare names.
        public var key: String
        public var range: SourceRange?
    }

    /// The parts of the index a rule reads (``Rule/readsIndex``): an index built for some rules
    /// gathers only theirs, and the others are empty.
    public struct Parts: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let anchors = Parts(rawValue: 1)
        public static let options = Parts(rawValue: 2)
        /// The costliest: every cell of every matrix.
        public static let facts = Parts(rawValue: 4)
        public static let all: Parts = [.anchors, .options, .facts]
    }

    public init(_ site: Site, parts: Parts = .all) {
        self.site = site
        self.parts = parts
        var pageByFile: [String: Int] = [:]
        var pageByContentPath: [String: Int] = [:]
        var optionPages: [String: [Int]] = [:]
        anchors = [:]
        headingKeyCounts = [:]
        matrixOptions = []
        mentionKeyCounts = [:]
        factCollector = FactCollector()
        let withAnchors = parts.contains(.anchors), withOptions = parts.contains(.options), withFacts = parts.contains(.facts)
        for (index, page) in site.pages.enumerated() {
            pageByFile[page.file] = pageByFile[page.file] ?? index
            pageByContentPath[page.contentPath] = pageByContentPath[page.contentPath] ?? index
            if withAnchors { anchors[page.contentPath] = Self.anchorIDs(of: page) }
            if withOptions {
                for option in page.frontMatter.options { optionPages[NameKey.key(option), default: []].append(index) }
                Self.count(Self.headingKeys(of: page), by: 1, in: &headingKeyCounts)
            }
            guard withOptions || withFacts else { continue }
            for position in page.tables.indices where page.tables[position].kind == .matrix {
                // Through the matrix's shape: a ``Matrix`` of each copied all its cells.
                let shape = MatrixShape(page.tables[position])
                if withOptions {
                    let mentions = Self.mentions(of: page, at: index, table: position, shape: shape)
                    Self.count(Self.keys(of: mentions), by: 1, in: &mentionKeyCounts)
                    matrixOptions += mentions
                }
                if withFacts { factCollector.add(page.tables[position], shape: shape, page: index, position: position) }
            }
        }
        for (index, page) in site.pages.enumerated() where withFacts {
            guard let option = page.soleOption else { continue }
            factCollector.addKeyValueTables(of: page, option: option, pageIndex: index)
        }
        self.pageByFile = pageByFile
        self.pageByContentPath = pageByContentPath
        self.optionPages = optionPages
    }

    /// Whether some matrix names an option of this name key.
    func isMentioned(key: String) -> Bool {
        mentionKeyCounts[TextKey(key)] != nil
    }

    /// Whether some heading of the site has this name key.
    public func hasHeading(key: String) -> Bool {
        headingKeyCounts[key] != nil
    }

    /// The ids a link to the page may name: its anchors, and `tbl-ID` (`matrix-ID`) for its tables.
    static func anchorIDs(of page: Page) -> Set<String> {
        var ids = page.anchors
        for position in page.tables.indices {  // (by position: `for table in` copied each table)
            ids.insert("tbl-\(page.tables[position].id)")
            if page.tables[position].kind == .matrix { ids.insert("matrix-\(page.tables[position].id)") }
        }
        return ids
    }

    /// The options a matrix names.
    static func mentions(of page: Page, at index: Int, table position: Int, shape: MatrixShape) -> [OptionMention] {
        let table = page.tables[position]
        return shape.options.map { option in
            let name = table.text(at: option)
            return OptionMention(page: index, tableID: table.id, name: name, key: NameKey.key(name),
                                 range: page.contentRange(ofCellAt: table.range(at: option)))
        }
    }

    /// Adds (`by: 1`) or takes away (`by: -1`) keys from counts such as ``headingKeyCounts``
    /// (a key counted down to nothing leaves).
    static func count<Key: Hashable>(_ keys: some Sequence<Key>, by step: Int, in counts: inout [Key: Int]) {
        for key in keys {
            if step > 0 {
                counts[key, default: 0] += step  // (in place: one lookup, as a set's insert)
            } else if let count = counts[key] {
                counts[key] = count + step > 0 ? count + step : nil
            }
        }
    }

    /// The name keys of a page's headings, as ``headingKeyCounts`` counts them.
    static func headingKeys(of page: Page) -> some Sequence<String> {
        page.headings.lazy.map { NameKey.key($0.text) }
    }

    /// The name keys of option mentions, as ``mentionKeyCounts`` counts them.
    static func keys(of mentions: some Sequence<OptionMention>) -> some Sequence<TextKey> {
        mentions.lazy.map { TextKey($0.key) }
    }

    /// The statement at a place, as findings show it.
    public func statement(_ place: FactPlace) -> FactStatement {
        let page = site.pages[Int(place.page)]
        let table = page.tables[Int(place.table)]
        if place.option < 0 {  // a key → value row
            let row = table.rows[Int(place.criterion)]
            let cell = row.cell(1)
            return FactStatement(file: page.file, cellRange: cell?.range, option: page.frontMatter.options.first ?? "",
                                 criterion: row.cell(0)?.text ?? "", text: cell?.text ?? "", value: place.value,
                                 tableID: table.id)
        }
        // Through the shape the place was made with.
        let shape = MatrixShape(table)
        let cell = shape.value(criterion: Int(place.criterion), option: Int(place.option))
        return FactStatement(file: page.file, cellRange: cell.flatMap { table.range(at: $0) },
                             option: table.text(at: shape.options[Int(place.option)]),
                             criterion: table.text(at: shape.criteria[Int(place.criterion)]),
                             text: cell.map { table.text(at: $0) } ?? "", value: place.value, tableID: table.id)
    }

    /// Where a fact's statement is: its cell's text, without the spaces around it.
    public func range(of statement: FactStatement) -> SourceRange? {
        page(file: statement.file).map { $0.contentRange(ofCellAt: statement.cellRange) } ?? statement.cellRange
    }

    public func page(file: String) -> Page? {
        pageByFile[file].map { site.pages[$0] }
    }

    public func page(contentPath: String) -> Page? {
        pageByContentPath[contentPath].map { site.pages[$0] }
    }
}
