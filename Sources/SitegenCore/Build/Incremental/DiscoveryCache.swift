/// The content folder's list of pages and files, reused while no folder of
/// it changed (adding, removing or renaming an entry changes its folder's
/// times; editing a file does not).
struct DiscoveryCache {
    private var stamps: [String: FileStamp]?
    private var result: ContentDiscovery.Result?
    private(set) var reused = false

    mutating func discover(_ context: BuildContext) -> ContentDiscovery.Result {
        let root = context.paths.content
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
