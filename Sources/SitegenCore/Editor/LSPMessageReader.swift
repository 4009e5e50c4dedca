import Foundation

/// The Language Server Protocol's framing: each message is `Content-Length: N` (and maybe other
/// headers), an empty line, then N bytes of JSON. Bytes go in as they arrive; whole messages come
/// out.
public struct LSPMessageReader {
    public enum Failure: Error, Equatable {
        /// A header block without a usable `Content-Length`.
        case badHeader(String)
        /// A body that is not a JSON object.
        case badBody
    }

    var buffer: [UInt8] = []
    /// The largest message taken (a client does not send a 64 MiB document by accident).
    public static let maximumLength = 64 << 20

    public init() {}

    public mutating func add(_ bytes: some Sequence<UInt8>) { buffer.append(contentsOf: bytes) }

    /// The next whole message, nil when more bytes are needed.
    public mutating func next() throws(Failure) -> [String: Any]? {
        guard let end = headerEnd() else {
            if buffer.count > 8192 { throw .badHeader(String(decoding: buffer.prefix(80), as: UTF8.self)) }
            return nil
        }
        let header = String(decoding: buffer[..<end], as: UTF8.self)
        var length: Int?
        for line in header.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" }) {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "content-length" {
                length = Int(parts[1].trimmingCharacters(in: .whitespaces))
            }
        }
        guard let length, length >= 0, length <= Self.maximumLength else { throw .badHeader(header) }
        let start = end + 4
        guard buffer.count >= start + length else { return nil }
        let body = Data(buffer[start..<(start + length)])
        buffer.removeFirst(start + length)
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else { throw .badBody }
        return object
    }

    /// Where `\r\n\r\n` starts.
    private func headerEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for index in 0...(buffer.count - 4)
        where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
            return index
        }
        return nil
    }

    /// A message framed for sending.
    public static func frame(_ message: [String: Any]) -> [UInt8] {
        let body = (try? JSONSerialization.data(withJSONObject: message, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + Array(body)
    }
}
