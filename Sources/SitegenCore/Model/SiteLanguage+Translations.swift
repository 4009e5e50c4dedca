/// Which pages translate which: the same path in each language's folder, or the same
/// `translation-key`.
extension SiteLanguage {
    /// Which of `folders` (the translations' tags) holds a content path: `en` for
    /// `en/methods/cancel.md`; nil for a page of the site's own language.
    public static func folder(of path: String, in folders: [String]) -> Int? {
        guard !folders.isEmpty else { return nil }
        return folders.firstIndex { path.hasPrefix($0) && path.utf8.dropFirst($0.utf8.count).first == UInt8(ascii: "/") }
    }

    /// What the translations of one page share: its content path without its language folder
    /// (`folder`, "" for the site's own language), an index file's name made one
    /// (`en/methods/_index.md` and `methods/index.md` are one page), without the extension.
    public static func translationKey(of path: String, folder: String) -> String {
        var key = Substring(path)
        if !folder.isEmpty { key = key.dropFirst(folder.utf8.count + 1) }
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        guard let name = parts.last else { return String(key) }
        let lower = name.lowercased()
        let stem = lower.hasSuffix(".markdown") ? lower.dropLast(".markdown".count)
            : lower.hasSuffix(".md") ? lower.dropLast(3) : lower[...]
        let leaf = stem == "index" || stem == "_index" ? "_index" : String(name.prefix(stem.count))
        return (parts.dropLast() + [Substring(leaf)]).joined(separator: "/")
    }

    /// The pages that translate each other: pages of different languages at the same path in their
    /// folders (``translationKey(of:folder:)``) or with that path as their `translation-key`, or
    /// with the same `translation-key`; each group in the order of `folders` ("" — the
    /// site's own language — first, then the translations as listed). A page without a translation
    /// is in no group; two files of one page in one language (`_index.md` and `index.md`) make none.
    public static func translationGroups(of pages: [Page], folders: [String]) -> [[Int]] {
        guard !folders.isEmpty else { return [] }
        let all = [""] + folders
        var byKey: [String: [Int]] = [:]
        var folderOf = [Int](repeating: 0, count: pages.count)
        for index in pages.indices {
            let rank = folder(of: pages[index].contentPath, in: folders).map { $0 + 1 } ?? 0
            folderOf[index] = rank
            let key = pages[index].frontMatter.translationKey ?? translationKey(of: pages[index].contentPath, folder: all[rank])
            byKey[key, default: []].append(index)
        }
        return byKey.values.filter { group in
            group.count > 1 && Set(group.map { folderOf[$0] }).count == group.count
        }.map { $0.sorted { folderOf[$0] < folderOf[$1] } }.sorted { $0[0] < $1[0] }
    }
}
