import Mustache

/// The theme's assets with their versions: a template writes
/// `{{#asset}}sitegen.css{{/asset}}` (a path under `assets/`) and gets
/// `../../assets/sitegen.css?v=1a2b3c4d` from a page two levels deep. The
/// version is a digest of the file's bytes, so a browser or cache holding
/// an asset from before a deploy fetches the new one (an old `search.js`
/// cannot read a new search index), and one that did not change stays cached.
struct AssetURLs: Hashable, Sendable {
    /// The URL path from the site root, with its version, by the path under `assets/`.
    let paths: [String: String]

    /// `assets`: the files the theme writes, by output path (``Theme/assets``).
    init(assets: [String: [UInt8]]) {
        var paths: [String: String] = [:]
        for (path, bytes) in assets where path.hasPrefix(Self.folder) {
            let name = String(path.dropFirst(Self.folder.count))
            paths[name] = Self.encoded(name) + "?v=" + StableDigest.version(of: bytes)
        }
        self.paths = paths
    }

    static let folder = "assets/"

    /// The URL of the asset `name` from a page whose root is `root`; an
    /// unknown name (reported when the theme loads) gets the plain URL.
    func url(of name: String, root: String) -> String {
        let name = name.trimmingWhitespace()
        return root + (paths[name] ?? Self.encoded(name))
    }

    /// The `asset` lambda of a page whose root is `root`.
    func lambda(root: String) -> MustacheLambda {
        // Bytes render as they are (a `String` would be parsed as a template first).
        MustacheLambda { name in MustacheBytes(Array(url(of: name, root: root).utf8)) }
    }

    private static func encoded(_ name: String) -> String {
        folder + name.split(separator: "/", omittingEmptySubsequences: false).map { URLPath.encode(String($0)) }
            .joined(separator: "/")
    }
}
