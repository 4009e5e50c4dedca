import Foundation

/// Values of short cell texts already parsed on this thread. Tables repeat
/// their values (是/否, 高/中/低, 5分钟, -): on the 10,000-page benchmark 94%
/// of the 660,000 cells repeat an earlier text. `ValueParser.parse(_:)` is a
/// pure function of the text, so a remembered value is the value.
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

    private final class Table {
        var values: [Key: CellValue] = [:]
    }

    /// The key of each thread's table; the destructor releases a table when its thread ends.
    private let tableKey: pthread_key_t

    private init() {
        var key = pthread_key_t()
        let created = pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<Table>.fromOpaque(pointer).release() }
        }
        precondition(created == 0, "pthread_key_create failed: \(created)")
        tableKey = key
    }

    /// This thread's table, made the first time the thread asks.
    private func table() -> Table {
        if let pointer = pthread_getspecific(tableKey) {
            return Unmanaged<Table>.fromOpaque(pointer).takeUnretainedValue()
        }
        let table = Table()
        pthread_setspecific(tableKey, Unmanaged<Table>.passRetained(table).toOpaque())
        return table
    }

    /// The number of texts this thread remembers.
    var countOnThisThread: Int { table().values.count }

    func value(of text: String, parse: (String) -> CellValue) -> CellValue {
        guard text.utf8.count <= Self.maximumBytes else { return parse(text) }
        let table = table()
        let key = Key(text: text)
        if let known = table.values[key] { return known }
        let value = parse(text)
        if table.values.count < Self.maximumEntries { table.values[key] = value }
        return value
    }
}
