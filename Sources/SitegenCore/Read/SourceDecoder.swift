/// Turns file bytes into text, or explains exactly where they are not text.
public enum SourceDecoder {
    public enum Failure: Error, Hashable, Sendable {
        case invalidUTF8(SourcePosition)
        case nulByte(SourcePosition)
        case tooLarge(Int)

        public var message: String {
            switch self {
            case .invalidUTF8: return "the file is not valid UTF-8"
            case .nulByte: return "the file holds a NUL byte"
            case .tooLarge(let bytes): return "the file is \(bytes) bytes; sitegen reads pages of at most \(SourceDecoder.maximumBytes >> 20) MiB"
            }
        }

        public var hint: String {
            switch self {
            case .invalidUTF8: return "save the file as UTF-8 (for example with `iconv -f GB18030 -t UTF-8`)"
            case .nulByte: return "remove the NUL byte; the file may be binary or corrupted"
            case .tooLarge: return "split the page into several pages"
            }
        }

        public var position: SourcePosition {
            switch self {
            case .invalidUTF8(let p), .nulByte(let p): return p
            case .tooLarge: return SourcePosition(line: 1, column: 1)
            }
        }
    }

    /// The largest page read (1 GiB): positions are kept as 32-bit offsets.
    public static let maximumBytes = 1 << 30

    /// Decodes UTF-8, dropping a leading byte order mark.
    public static func decode(_ bytes: [UInt8], limit: Int = maximumBytes) -> Result<String, Failure> {
        guard bytes.count <= limit else { return .failure(.tooLarge(bytes.count)) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) {
            // memchr over the same bytes (the String's UTF-8 view, or `firstIndex(of:)`, walks them one by one).
            if let nul = body.withUnsafeBufferPointer({ $0.firstOffset(of: 0) }) {
                return .failure(.nulByte(position(of: Array(body.prefix(nul)))))
            }
            return .success(text)
        }
        // Find the first invalid sequence to point at it.
        var decoder = UTF8()
        var iterator = body.makeIterator()
        var consumed: [UInt8] = []
        var valid = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed.append(contentsOf: Array(String(scalar).utf8))
                valid = consumed.count
            case .emptyInput:
                break loop
            case .error:
                break loop
            }
        }
        return .failure(.invalidUTF8(position(of: Array(consumed[..<valid]))))
    }

    /// The position just after `prefix` (valid UTF-8).
    private static func position(of prefix: [UInt8]) -> SourcePosition {
        let text = String(decoding: prefix, as: UTF8.self)
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourcePosition(line: line, column: column)
    }
}
