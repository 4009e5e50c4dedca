import Foundation

/// Walks a folder tree with `readdir`, using the entry types it reports, so
/// that no file is `stat`ed: only folders are.
enum FolderWalk {
    /// Stamps of every folder under `root` that content discovery walks; nil when the tree has a
    /// symbolic link (whose target may change without any folder changing).
    static func stamps(under root: String) -> [String: FileStamp]? {
        var result: [String: FileStamp] = [:]
        var queue = [root]
        while let folder = queue.popLast() {
            guard let stamp = FileStamp.of(folder), let handle = opendir(folder) else { return nil }
            defer { closedir(handle) }
            result[folder] = stamp
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if ContentDiscovery.isSkipped(name) { continue }  // what discovery skips too
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_DIR): queue.append(folder + "/" + name)
                case Int32(DT_LNK), Int32(DT_UNKNOWN): return nil
                default: continue
                }
            }
            if result.count > 100_000 { return nil }
        }
        return result
    }
}
