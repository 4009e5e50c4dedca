import Foundation

/// Maps request paths to files of the output folder, refusing anything that
/// could leave it: `..` segments (raw, percent-encoded or double-encoded),
/// backslashes, NUL bytes, hidden names and symlinks that point outside.
/// Folders are served through their `index.html`; there are no listings.
public struct OutputFiles: Sendable {
    public enum Resolution: Equatable, Sendable {
        /// A regular file inside the output folder: its absolute path, and its
        /// path relative to the folder (`guide/index.html`).
        case file(String, relative: String)
        /// A folder asked for without its trailing slash: redirect here.
        case redirect(String)
        case notFound
    }

    /// The output folder; resolved (symlinks followed) when it exists.
    public let root: String

    public init(root: String) {
        let trimmed = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        self.root = trimmed
    }

    /// The longest request path served; longer ones are 404.
    public static let maxPathLength = 2_048

    public func resolve(_ rawPath: String) -> Resolution {
        guard rawPath.utf8.count <= Self.maxPathLength, rawPath.hasPrefix("/"),
              let segments = Self.segments(of: rawPath) else { return .notFound }
        let realRoot = Self.realPath(root) ?? root
        var candidate = realRoot + (segments.isEmpty ? "" : "/" + segments.joined(separator: "/"))
        if Self.kind(candidate) == .directory {
            guard rawPath.hasSuffix("/") else {
                let encoded = segments.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0 }
                return .redirect("/" + encoded.joined(separator: "/") + "/")
            }
            candidate += "/index.html"
        }
        let prefix = realRoot == "/" ? "/" : realRoot + "/"
        guard let real = Self.realPath(candidate), real.hasPrefix(prefix), Self.kind(real) == .file else {
            return .notFound
        }
        return .file(real, relative: String(real.dropFirst(prefix.count)))
    }

    /// The decoded path segments, or nil when the path is unsafe.
    static func segments(of rawPath: String) -> [String]? {
        if rawPath.contains("\\") || rawPath.contains("\0") { return nil }
        guard let decoded = rawPath.removingPercentEncoding else { return nil }
        // One decoding only: a '%' left over is a double-encoded path.
        if decoded.contains("%") || decoded.contains("\\") || decoded.contains("\0") { return nil }
        if decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return nil }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // `..`, `.`, hidden files; `.well-known` (RFC 8615) is published, so served.
        if parts.contains(where: { $0.hasPrefix(".") && $0 != ".well-known" }) { return nil }
        return parts
    }

    enum Kind { case file, directory, other }

    static func kind(_ path: String) -> Kind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The Content-Type for a file name.
    public static func contentType(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let ext = name.contains(".") ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        switch ext {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "pdf": return "application/pdf"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        default: return "application/octet-stream"
        }
    }
}
