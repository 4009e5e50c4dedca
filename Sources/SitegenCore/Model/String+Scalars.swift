import Foundation

extension String {
    /// The parts between the bytes `separator` (an ASCII byte such as `/` or `.`), empty parts
    /// left out as `split(separator:)` leaves them: split by bytes, as file systems split paths
    /// (splitting by Characters cost 200 instructions a character).
    func split(byte separator: UInt8) -> [Substring] {
        utf8.split(separator: separator).map { Substring($0) }
    }

    /// A string of the given scalars, encoded straight into its UTF-8
    /// storage (appending to `unicodeScalars` goes through a slow generic
    /// transcoding path; this took a tenth of `sitegen check`).
    init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        // The exact size: a string keeps its capacity, and cells keep their strings.
        let size = scalars.reduce(0) { $0 + UTF8.width($1) }
        self.init(unsafeUninitializedCapacity: size) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}

extension StringProtocol {
    /// Whether the text's UTF-8 holds `byte`: `memchr` over the bytes in place (walking the UTF-8
    /// view as a collection costs about ten times as much on a long line).
    func containsUTF8(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        } ?? utf8.contains(byte)
    }
}
