/// A fragment that keeps the view of a page's tables rather than naming an anchor: the page script
/// writes it so an answered or sorted table can be shared (`#tbl-review.ask=2,1`,
/// `#methods.sort=5d&methods.req=keep-account`). Its keys are `ID.field` for a matrix (`sort`, `hide`,
/// `cols`, `diff`, `w`, `req`) and `tbl-ID.ask` for a decision table's questions.
public enum ViewFragment {
    /// What a key of a view fragment names: the anchor of the table it belongs to (`matrix-ID`
    /// or `tbl-ID`), and its field.
    public struct Key: Hashable, Sendable {
        public var anchor: String
        public var field: String
    }

    static let matrixFields: Set<String> = ["sort", "hide", "cols", "diff", "w", "req"]

    /// The keys of `fragment` when it is a view fragment (every part `key=value`, each key a table's
    /// field the script reads); nil for an anchor or anything else.
    public static func keys(of fragment: String) -> [Key]? {
        guard fragment.contains("=") else { return nil }
        var keys: [Key] = []
        for part in fragment.split(separator: "&", omittingEmptySubsequences: false) {
            guard let equals = part.firstIndex(of: "="), let dot = part[..<equals].lastIndex(of: ".") else { return nil }
            let owner = String(part[..<dot]), field = String(part[part.index(after: dot)..<equals])
            guard !owner.isEmpty else { return nil }
            if field == "ask", owner.hasPrefix("tbl-") {
                keys.append(Key(anchor: owner, field: field))
            } else if matrixFields.contains(field) {
                keys.append(Key(anchor: "matrix-" + owner, field: field))
            } else {
                return nil
            }
        }
        return keys
    }

    /// Whether `fragment` is a view fragment with a key of table `id`.
    public static func isView(_ fragment: String, ofTable id: String) -> Bool {
        keys(of: fragment)?.contains { $0.anchor == "tbl-" + id || $0.anchor == "matrix-" + id } ?? false
    }

    /// `fragment` with the keys of table `old` made those of table `new` (table ids); nil when it is
    /// no view fragment or has no key of that table.
    public static func renaming(_ fragment: String, table old: String, to new: String) -> String? {
        guard isView(fragment, ofTable: old) else { return nil }
        var changed = false
        let parts = fragment.split(separator: "&", omittingEmptySubsequences: false).map { part -> String in
            let equals = part.firstIndex(of: "=")!, dot = part[..<equals].lastIndex(of: ".")!
            let owner = part[..<dot], rest = part[dot...]
            let field = rest.dropFirst().prefix { $0 != "=" }
            if field == "ask", owner == "tbl-" + old { changed = true; return "tbl-" + new + rest }
            if field != "ask", owner == old { changed = true; return new + rest }
            return String(part)
        }
        return changed ? parts.joined(separator: "&") : nil
    }
}
