/// Content hashes for the incremental build's cache keys. Keyed by the
/// process's random hashing seed: they identify content within one session
/// and are never stored.
enum ContentDigest {
    static func of(_ bytes: [UInt8]) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes.count)
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }

    static func of<T: Hashable>(_ value: T) -> Int {
        var hasher = Hasher()
        hasher.combine(value)
        return hasher.finalize()
    }
}
