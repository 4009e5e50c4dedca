/// What the session remembers of each content file: its `stat` stamp, a hash
/// of its bytes and what reading it gave. A file is read again only when its
/// stamp changed, and decoded again only when its bytes did.
struct SourceCache {
    struct Entry {
        var stamp: FileStamp?
        var digest: Int
        var result: Result<PageSource, Diagnostic>
    }

    private(set) var entries: [String: Entry] = [:]

    /// Reads the pages (content paths), reusing what is unchanged. Returns the
    /// results in order and the content digest of every page read.
    mutating func read(pages: [String], root: String, display: String, fileIO: FileIO, workers: Int)
        -> [Result<PageSource, Diagnostic>] {
        let previous = entries
        let fresh = Parallel.map(pages.count, workers: workers) { index -> Entry in
            let contentPath = pages[index]
            let path = root + "/" + contentPath
            let stamp = fileIO.stamp(path)
            if let old = previous[contentPath], let stamp, old.stamp == stamp { return old }
            let bytes: [UInt8]
            do {
                bytes = try fileIO.read(path)
            } catch {
                let result = BuildStep.readPage(contentPath: contentPath, path: path, display: display, fileIO: fileIO)
                return Entry(stamp: nil, digest: 0, result: result)
            }
            let digest = ContentDigest.of(bytes)
            if let old = previous[contentPath], old.digest == digest, old.stamp != nil {
                return Entry(stamp: stamp, digest: digest, result: old.result)
            }
            return Entry(stamp: stamp, digest: digest,
                         result: BuildStep.decodePage(bytes, contentPath: contentPath, display: display))
        }
        entries = Dictionary(uniqueKeysWithValues: zip(pages, fresh))
        return fresh.map(\.result)
    }

    /// The digest of a page's file; synthesised section pages have none.
    func digest(of contentPath: String) -> Int? { entries[contentPath]?.digest }
}
