import Foundation

/// Values of short cell texts already parsed in this process. Tables repeat
/// their values (是/否, 高/中/低, 5分钟, -): on the 10,000-page benchmark 94%
/// of the 660,000 cells repeat an earlier text. `ValueParser.parse(_:)` is a
/// pure function of the text, so a remembered value is the value.
///
/// Keys compare by UTF-8 bytes (not by canonical equivalence, which would
/// cost a normalisation per lookup): texts that differ only in normalisation
/// are parsed separately, each to its own value. Bounded: texts up to
/// `maximumBytes` long, at most `maximumEntries` in all (the first seen stay).
/// Safe from any thread: eight shards, each behind its own lock.
final class ValueMemo: @unchecked Sendable {
    static let shared = ValueMemo()
    static let maximumBytes = 48
    static let maximumEntries = 32_768

    private struct Key: Hashable {
        let text: String

        // Both on the UTF-8 bytes (`withUTF8` makes a copy contiguous if it ever is not), so
        // equal keys hash alike.
        static func == (a: Key, b: Key) -> Bool {
            var a = a.text, b = b.text
            return a.withUTF8 { x in
                b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
            }
        }

        func hash(into hasher: inout Hasher) {
            var text = self.text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    private final class Shard {
        let lock = NSLock()
        var values: [Key: CellValue] = [:]
    }

    private let shards = (0..<8).map { _ in Shard() }

    func value(of text: String, parse: (String) -> CellValue) -> CellValue {
        let utf8 = text.utf8
        guard utf8.count <= Self.maximumBytes else { return parse(text) }
        let shard = shards[(utf8.count &+ Int(utf8.last ?? 0)) & 7]
        let key = Key(text: text)
        shard.lock.lock()
        let known = shard.values[key]
        shard.lock.unlock()
        if let known { return known }
        let value = parse(text)
        shard.lock.lock()
        if shard.values.count < Self.maximumEntries / shards.count { shard.values[key] = value }
        shard.lock.unlock()
        return value
    }
}
