import Foundation

/// Values of short cell texts already parsed on this thread. Tables repeat
/// their values (是/否, 高/中/低, 5分钟, -): on the 10,000-page benchmark 94%
/// of the 660,000 cells repeat an earlier text. `ValueParser.parse(_:)` is a
/// pure function of the text and the page's number convention (one table for each), so a
/// remembered value is the value.
///
/// Keys compare by UTF-8 bytes (not by canonical equivalence, which would
/// cost a normalisation per lookup): texts that differ only in normalisation
/// are parsed separately, each to its own value. Bounded: texts up to
/// `maximumBytes` long, at most `maximumEntries` a thread (the first seen
/// stay). Each thread keeps its own table (a POSIX thread-specific value,
/// freed with the thread), so no lookup takes a lock: one table behind eight
/// locks had the two parse workers waking each other in the kernel.
final class ValueMemo: @unchecked Sendable {
    static let shared = ValueMemo()
    static let maximumBytes = 48
    static let maximumEntries = 32_768

    /// One thread's texts and their values: open addressing with linear probing, at most half
    /// full, over a hash of the UTF-8 bytes (a `Dictionary` keyed by the text ran SipHash, seeded
    /// afresh, for every lookup). Texts are compared by their bytes.
    private final class Table {
        // A table is only ever used by its own thread (a thread-specific value), so the runtime's
        // dynamic exclusivity checks of these properties (five a lookup: 1.1% of a check's
        // instructions) could find nothing; they are left out.
        /// Per slot, the entry's number + 1; 0 marks an empty slot.
        @exclusivity(unchecked) private var slots = [Int32](repeating: 0, count: 1 << 10)
        @exclusivity(unchecked) private var hashes: [UInt64] = []
        @exclusivity(unchecked) private var texts: [String] = []
        @exclusivity(unchecked) private var values: [CellValue] = []
        /// Mixed into every hash: random per process, so no text can be chosen to collide.
        private let seed: UInt64 = .random(in: .min ... .max)

        var count: Int { texts.count }

        /// The value remembered for `bytes`, or where to remember one (`slot`, with its `hash`).
        func find(_ bytes: UnsafeBufferPointer<UInt8>) -> (value: CellValue?, slot: Int, hash: UInt64) {
            let hash = Self.hash(bytes, seed: seed)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let entry = Int(slots[slot] - 1)
                if hashes[entry] == hash, Self.equal(texts[entry], bytes) { return (values[entry], slot, hash) }
                slot = (slot + 1) & mask
            }
            return (nil, slot, hash)
        }

        /// Remembers `value` for `text` in the empty `slot` `find` gave for it.
        func insert(_ text: String, _ value: CellValue, slot: Int, hash: UInt64) {
            texts.append(text)
            values.append(value)
            hashes.append(hash)
            slots[slot] = Int32(texts.count)
            if texts.count * 2 > slots.count { grow() }
        }

        private func grow() {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            let mask = slots.count - 1
            for (entry, hash) in hashes.enumerated() {
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(entry + 1)
            }
        }

        private static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var text = text  // (`withUTF8` would make a copy contiguous if it ever were not)
            return text.withUTF8 { $0.count == bytes.count && (bytes.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0) }
        }

        /// Eight bytes at a time, each word multiplied in and folded (a cache's hash, not a
        /// cryptographic one; the seed keeps it from being predictable).
        static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
            let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
            var hash = seed ^ UInt64(bytes.count) &* multiplier
            func mix(_ word: UInt64) {
                hash = (hash ^ word) &* multiplier
                hash ^= hash >> 29
            }
            var offset = 0
            let raw = UnsafeRawBufferPointer(bytes)
            while offset + 8 <= bytes.count {
                mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            if offset < bytes.count {
                var tail: UInt64 = 0
                for index in offset..<bytes.count { tail = tail << 8 | UInt64(bytes[index]) }
                mix(tail)
            }
            return hash ^ hash >> 32
        }
    }

    /// The keys of each thread's tables, one per number convention (a text's value depends on it);
    /// the destructor releases a table when its thread ends.
    private let decimalPointKey = ValueMemo.makeKey(), decimalCommaKey = ValueMemo.makeKey()

    private init() {}

    private static func makeKey() -> pthread_key_t {
        var key = pthread_key_t()
        let created = pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<Table>.fromOpaque(pointer).release() }
        }
        precondition(created == 0, "pthread_key_create failed: \(created)")
        return key
    }

    /// This thread's table for `convention`, made the first time the thread asks.
    private func table(_ convention: NumberConvention) -> Table {
        let key = convention == .decimalPoint ? decimalPointKey : decimalCommaKey
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<Table>.fromOpaque(pointer).takeUnretainedValue()
        }
        let table = Table()
        pthread_setspecific(key, Unmanaged<Table>.passRetained(table).toOpaque())
        return table
    }

    /// The number of texts this thread remembers (for pages with a decimal point).
    var countOnThisThread: Int { table(.decimalPoint).count }

    func value(of text: String, convention: NumberConvention, parse: (String) -> CellValue) -> CellValue {
        guard text.utf8.count <= Self.maximumBytes else { return parse(text) }
        let table = table(convention)
        var contiguous = text  // (native strings are: no copy)
        let found = contiguous.withUTF8 { table.find($0) }
        if let known = found.value { return known }
        let value = parse(text)
        if table.count < Self.maximumEntries { table.insert(text, value, slot: found.slot, hash: found.hash) }
        return value
    }
}
