extension Array where Element == UInt8 {
    /// Appends the UTF-8 of `text`, in one copy when the string holds its bytes
    /// in one piece (native strings do); `append(contentsOf: text.utf8)` walks the
    /// view as a generic collection.
    mutating func append(utf8 text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ self.append(contentsOf: $0) }) == nil {
            append(contentsOf: text.utf8)
        }
    }
}
