import Foundation

extension UnsafeBufferPointer where Element == UInt8 {
    /// The offset of the first `byte` at or after `start` (`memchr`: many bytes a step, where a
    /// Swift loop reads one), or nil when there is none.
    func firstOffset(of byte: UInt8, from start: Int = 0) -> Int? {
        guard let base = baseAddress, start < count, let found = memchr(base + start, Int32(byte), count - start) else {
            return nil
        }
        return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
    }
}
