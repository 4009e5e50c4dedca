/// A hash of bytes that is the same in every process and on every machine
/// (Swift's `Hasher` is seeded per process), for the versions in URLs that
/// browsers and caches key on: search shards and theme assets.
enum StableDigest {
    /// FNV-1a's steps over eight bytes at a time, each folded with a shift.
    static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            let prime: UInt64 = 0x100_0000_01B3
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(raw.count)
            var position = 0
            while position + 8 <= raw.count {
                hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))) &* prime
                hash ^= hash >> 29
                position += 8
            }
            while position < raw.count {
                hash = (hash ^ UInt64(raw[position])) &* prime
                position += 1
            }
            return hash ^ hash >> 32
        }
    }

    /// The digest's high 32 bits as eight lower-case hex digits: `?v=` values.
    static func version(of bytes: [UInt8]) -> String {
        let hex = String(of(bytes) >> 32, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
