/// Pure helpers for the site's relative URLs.
public enum URLPath {
    /// A relative URL from a folder (`a/b/`) to an output file (`a/c/index.html`),
    /// percent-encoded; with the pretty style a trailing `index.html` is dropped.
    public static func relative(from directory: String, to target: String, style: SiteConfig.URLStyle) -> String {
        var targetPath = target
        if style == .pretty, targetPath == "index.html" || targetPath.hasSuffix("/index.html") {
            targetPath = String(targetPath.dropLast("index.html".count))
        }
        let from = segments(of: directory)
        var dirs = segments(of: targetPath)
        var file = ""
        if !targetPath.hasSuffix("/"), !targetPath.isEmpty, let last = dirs.popLast() { file = String(last) }
        var common = 0
        while common < from.count, common < dirs.count, from[common] == dirs[common] { common += 1 }
        var parts = Array(repeating: "..", count: from.count - common)
        parts += dirs[common...].map { encode(String($0)) }
        if file.isEmpty {
            return parts.isEmpty ? "./" : parts.joined(separator: "/") + "/"
        }
        parts.append(encode(file))
        return parts.joined(separator: "/")
    }

    /// Percent-encodes one path segment (RFC 3986 unreserved characters stay).
    public static func encode(_ segment: String) -> String {
        // The bytes in place: a String's UTF-8 view walked as a collection is several times slower.
        let encoded =
            segment.utf8.withContiguousStorageIfAvailable(encode)
            ?? Array(segment.utf8).withUnsafeBufferPointer(encode)
        return encoded ?? segment
    }

    /// The percent-encoded bytes, or nil when every byte is unreserved.
    private static func encode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = bytes.firstIndex(where: { !isUnreserved($0) }) else { return nil }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = Array(bytes[..<first])
        out.reserveCapacity(bytes.count * 3)
        for byte in bytes[first...] {
            if isUnreserved(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The non-empty segments of a path, split at `/` bytes (a split by Characters is slower).
    static func segments(of path: String) -> [Substring] {
        path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
    }

    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// Encodes a fragment (anchor) for use after `#`.
    public static func encodeFragment(_ fragment: String) -> String {
        encode(fragment)
    }

    /// Decodes `%XX` escapes; invalid escapes are kept as written.
    public static func decode(_ text: String) -> String {
        guard text.containsUTF8(UInt8(ascii: "%")) else { return text }  // most paths: nothing to decode
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2,
               let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Normalises a relative path: resolves `.` and `..`; nil when it climbs above the root.
    /// (Empty segments go too: `a//b` is `a/b`.)
    public static func normalize(_ path: String) -> String? {
        if let normalized = path.utf8.withContiguousStorageIfAvailable({ normalize(bytes: $0, of: path) }) {
            return normalized
        }
        return Array(path.utf8).withUnsafeBufferPointer { normalize(bytes: $0, of: path) }
    }

    /// `normalize` on the UTF-8 bytes of `path`: the kept segments as ranges of the bytes, joined
    /// once; `path` itself when no segment goes (most paths).
    private static func normalize(bytes: UnsafeBufferPointer<UInt8>, of path: String) -> String? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var kept: [Range<Int>] = []
        var changed = false
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == slash {
            defer { start = end + 1 }
            let length = end - start
            if length == 0 || (length == 1 && bytes[start] == dot) {
                changed = changed || !bytes.isEmpty
                continue
            }
            if length == 2, bytes[start] == dot, bytes[start + 1] == dot {
                if kept.isEmpty { return nil }
                kept.removeLast()
                changed = true
            } else {
                kept.append(start..<end)
            }
        }
        guard changed else { return path }
        var joined: [UInt8] = []
        joined.reserveCapacity(bytes.count)
        for (index, range) in kept.enumerated() {
            if index > 0 { joined.append(slash) }
            joined.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        }
        return String(decoding: joined, as: UTF8.self)
    }
}
