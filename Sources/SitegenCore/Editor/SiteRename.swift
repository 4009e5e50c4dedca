/// A rename across the site (a heading's or a table's, with the links to it): the edits to make,
/// and the links it could not place.
protocol SiteRename {
    /// The edits, by the file of each page (as the site names it), in source order.
    var edits: [String: [TextEdit]] { get set }
    /// Links to a moved anchor whose fragment is not written as cmark-gfm reads it (escapes,
    /// entities): left as they are.
    var unplaced: [(file: String, range: SourceRange)] { get set }
}

extension SiteRename {
    /// Puts each file's edits in source order.
    mutating func sortEdits() {
        for file in edits.keys { edits[file]?.sort { $0.start < $1.start } }
    }
}
