//
// sitegen patch: a file of its own (not in swift-mustache 2.1.1).
//

/// Text already rendered, as UTF-8 bytes (which must be valid UTF-8): a
/// value that renders exactly as the `String` of those bytes, and that a
/// `{{{name}}}` or `{{& name}}` copies into the output as it is, without
/// making that string (decoding and validating the bytes, then encoding
/// them again). A page's body rendered into bytes is handed to the page's
/// layout this way. Written as text (`description`, `debugDescription`), it
/// reads as its string does.
public struct MustacheBytes: MustacheCustomRepresentation, CustomStringConvertible, CustomDebugStringConvertible {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The string of the bytes: what every other use of the value sees.
    public var representation: Any? { String(decoding: bytes, as: UTF8.self) }

    public var description: String { String(decoding: bytes, as: UTF8.self) }

    public var debugDescription: String { String(decoding: bytes, as: UTF8.self).debugDescription }

    /// The bytes of `value` when it is a `MustacheBytes` (told by its type, without a cast).
    static func bytes(of value: Any) -> [UInt8]? {
        func open<T>(_ value: T) -> [UInt8]? {
            T.self == MustacheBytes.self ? unsafeBitCast(value, to: MustacheBytes.self).bytes : nil
        }
        return _openExistential(value, do: open)
    }
}
