/// The content folder's list of pages and files, reused while no folder of
/// it changed (adding, removing or renaming an entry changes its folder's
/// times; editing a file does not), or when the caller knows none did.
struct DiscoveryCache {
    private var stamps: [String: FileStamp]?
    private var result: ContentDiscovery.Result?
    private(set) var reused = false

    /// `foldersUnchanged`: the caller knows no file or folder came, went or
    /// moved since the last call (a file watcher saw only writes), so the
    /// folders' stamps need not be read.
    mutating func discover(_ context: BuildContext, foldersUnchanged: Bool = false) -> ContentDiscovery.Result {
        let root = context.paths.content
        if foldersUnchanged, let result {  // (a new content folder resets the session, and this cache)
            reused = true
            return result
        }
        let now = context.fileIO.folderStamps(root)
        if let now, let stamps, now == stamps, let result {
            reused = true
            return result
        }
        reused = false
        let fresh = ContentDiscovery.discover(root: root, displayRoot: context.paths.display(root), fileIO: context.fileIO)
        stamps = now
        result = fresh
        return fresh
    }
}
