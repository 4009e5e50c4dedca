/// What the session remembers of each content file: its `stat` stamp, a hash
/// of its bytes and what reading it gave. A file is read again only when its
/// stamp changed, and decoded again only when its bytes did.
struct SourceCache {
    struct Entry {
        var stamp: FileStamp?
        var digest: Int
        var result: Result<PageSource, Diagnostic>
    }

    private var paths: [String] = []
    private var entries: [Entry] = []
    private var position: [String: Int] = [:]
    private(set) var results: [Result<PageSource, Diagnostic>] = []
    /// Content paths whose reading gave something new in the last `read`;
    /// nil when the list of files itself changed.
    private(set) var changed: [String]? = nil

    /// Reads the pages (content paths, in order), reusing what is unchanged.
    /// `only`: content paths known to be the only ones written since the
    /// last read (the list of pages being the same); the others are not
    /// looked at. nil: look at every page's stamp.
    mutating func read(pages: [String], only: Set<String>? = nil, root: String, display: String, fileIO: FileIO,
                       workers: Int) -> [Result<PageSource, Diagnostic>] {
        let samePaths = pages == paths
        if samePaths {
            // The pages to look at, in page order: all of them, or the ones known to be written.
            let indices = only.map { $0.compactMap { position[$0] }.sorted() } ?? Array(pages.indices)
            let updates = Parallel.map(indices.count, workers: workers) { [entries] at -> Entry? in
                let contentPath = pages[indices[at]]
                return Self.refresh(entries[indices[at]], contentPath: contentPath, path: root + "/" + contentPath,
                                    display: display, fileIO: fileIO)
            }
            var changed: [String] = []
            for (index, update) in zip(indices, updates) {
                guard let update else { continue }
                if update.digest != entries[index].digest || update.stamp == nil {
                    changed.append(pages[index])
                    results[index] = update.result
                }
                entries[index] = update
            }
            self.changed = changed
            return results
        }
        let previous = (entries, position)
        let updates = Parallel.map(pages.count, workers: workers) { index -> Entry? in
            let contentPath = pages[index]
            return Self.refresh(previous.1[contentPath].map { previous.0[$0] }, contentPath: contentPath,
                                path: root + "/" + contentPath, display: display, fileIO: fileIO)
        }
        entries = updates.enumerated().map { index, update in
            update ?? previous.0[previous.1[pages[index]]!]
        }
        results = entries.map(\.result)
        paths = pages
        position = Dictionary(pages.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        changed = nil
        return results
    }

    /// The new entry for a file, or nil when `old` is still right.
    static func refresh(_ old: Entry?, contentPath: String, path: String, display: String, fileIO: FileIO) -> Entry? {
        let stamp = fileIO.stamp(path)
        if let old, let stamp, old.stamp == stamp { return nil }
        let bytes: [UInt8]
        do {
            bytes = try fileIO.read(path)
        } catch {
            let result = BuildStep.readPage(contentPath: contentPath, path: path, display: display, fileIO: fileIO)
            return Entry(stamp: nil, digest: 0, result: result)
        }
        let digest = ContentDigest.of(bytes)
        if let old, old.digest == digest, old.stamp != nil {
            return Entry(stamp: stamp, digest: digest, result: old.result)
        }
        return Entry(stamp: stamp, digest: digest,
                     result: BuildStep.decodePage(bytes, contentPath: contentPath, display: display))
    }

    /// The content paths of the files among `paths` (absolute) that lie in
    /// the content folder `root`.
    static func contentPaths(of paths: Set<String>, under root: String) -> Set<String> {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return Set(paths.compactMap { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : nil })
    }

    /// The digest of a page's file; synthesised section pages have none.
    func digest(of contentPath: String) -> Int? { position[contentPath].map { entries[$0].digest } }
}
