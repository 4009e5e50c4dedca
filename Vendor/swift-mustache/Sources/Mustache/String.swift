//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

extension String {
    /// HTML escape string. Replace '<', '>', '&', '"' and "'" with HTML escaped versions
    ///
    /// sitegen patch: byte by byte over the UTF-8 (the author's own comment
    /// asked for it). Comparing whole Characters let a quote followed by a
    /// combining mark (`"\u{301}`, one Character) through unescaped, which can
    /// end an attribute value; text with nothing to escape is returned as is.
    func htmlEscape() -> String {
        func special(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        // (On the contiguous bytes: the UTF-8 view's generic walk was 1% of sitegen's build.)
        var text = self
        guard text.withUTF8({ $0.contains(where: special) }) else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(self.utf8.count + 16)
        for byte in self.utf8 {
            switch byte {
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "\""): bytes += "&quot;".utf8
            case UInt8(ascii: "'"): bytes += "&#39;".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

// sitegen patch: rendering writes UTF-8 bytes; a string's are copied in one go when it has them
// in one piece (native strings do).
extension Array where Element == UInt8 {
    mutating func appendUTF8(_ string: String) {
        if string.utf8.withContiguousStorageIfAvailable({ self.append(contentsOf: $0) }) == nil {
            self.append(contentsOf: string.utf8)
        }
    }
}
