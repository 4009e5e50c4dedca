extension SearchIndex {
    /// `script()` without JSONEncoder (which builds a tree of the whole index
    /// first): the same bytes, written straight into one string. Tests
    /// compare the two.
    public func fastScript() -> String {
        String(decoding: fastScriptBytes(), as: UTF8.self)
    }

    /// The script's UTF-8 bytes, written straight into the file's buffer.
    public func fastScriptBytes() -> [UInt8] {
        Self.scriptBytes(documents: documents, terms: sortedTerms())
    }

    /// The script of these documents and terms (in the order given, which
    /// is by text), written straight into the file's buffer.
    static func scriptBytes(documents: [Document], terms: [(String, PostingList)]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(Self.estimatedScriptSize(documents: documents, terms: terms))
        appendScriptStart(to: &out)
        for (index, document) in documents.enumerated() { append(document, first: index == 0, to: &out) }
        appendTermsStart(to: &out)
        for (index, (term, list)) in terms.enumerated() {
            appendTerm(term, first: index == 0, to: &out)
            out += list.text  // digits and commas: nothing to escape
            out.append(UInt8(ascii: "\""))
        }
        appendScriptEnd(to: &out)
        return out
    }

    // The script's parts, in order: start, documents, terms start, each term
    // (its name and opening quote; then its documents as base-36 gaps and a
    // closing quote), end.

    static func appendScriptStart(to out: inout [UInt8]) { out += "window.sitegenSearch={\"docs\":[".utf8 }

    static func append(_ document: Document, first: Bool, to out: inout [UInt8]) {
        out += (first ? "[" : ",[").utf8
        appendJSONString(document.url, to: &out)
        out.append(UInt8(ascii: ","))
        appendJSONString(document.title, to: &out)
        out.append(UInt8(ascii: ","))
        appendJSONString(document.heading, to: &out)
        out.append(UInt8(ascii: ","))
        appendJSONString(document.excerpt, to: &out)
        out.append(UInt8(ascii: "]"))
    }

    static func appendTermsStart(to out: inout [UInt8]) { out += "],\"terms\":{".utf8 }

    static func appendTerm(_ term: String, first: Bool, to out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        appendJSONString(term, to: &out)
        out += ":\"".utf8
    }

    static func appendScriptEnd(to out: inout [UInt8]) { out += "}};\n".utf8 }

    /// The script's size, counting what escapes add (every control
    /// character as six bytes, a little over for `\n`, `\t` and the like):
    /// the buffer is allocated once, at about its final size. A rough guess
    /// let it double past it: 58 MB held for a 27 MB file at the build's
    /// memory peak.
    static func estimatedScriptSize(documents: [Document], terms: [(String, PostingList)]) -> Int {
        func quoted(_ text: String) -> Int {
            var text = text
            return text.withUTF8 { bytes in
                var size = 2 + bytes.count
                for (position, byte) in bytes.enumerated() where byte < 0x3F || byte == 0xE2 {
                    switch byte {
                    case 0x3C, 0x3E, 0x26: size += 5  // \u003c \u003e \u0026
                    case 0x22, 0x5C: size += 1
                    case ..<0x20: size += 5
                    case 0xE2: if Self.isLineOrParagraphSeparator(bytes, at: position) { size += 3 }  // \u2028: 6 for 3
                    default: break
                    }
                }
                return size
            }
        }
        var size = 64
        for document in documents {
            size += quoted(document.url) + quoted(document.title) + quoted(document.heading) + quoted(document.excerpt) + 6
        }
        for (term, list) in terms { size += quoted(term) + list.text.count + 4 }
        return size
    }

    /// A JSON string as `JSONScript.encode` writes it: JSONEncoder's escapes
    /// (slashes not escaped), then JSONScript's script-safe ones.
    static func appendJSONString(_ text: String, to out: inout String) {
        var contiguous = text
        if contiguous.withUTF8({ !$0.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 } }) {
            out += "\""
            out += text
            out += "\""
        } else {
            var bytes: [UInt8] = []
            appendJSONString(text, to: &bytes)
            out += String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The same, as UTF-8 bytes: one pass over the text's bytes, copying the
    /// runs between escapes whole.
    static func appendJSONString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var copied = 0
            var position = 0
            func escape(_ replacement: StaticString, length: Int = 1) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<position]))
                out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                position += length
                copied = position
            }
            while position < bytes.count {
                switch bytes[position] {
                case 0x22: escape("\\\"")
                case 0x5C: escape("\\\\")
                case 0x3C: escape("\\u003c")
                case 0x3E: escape("\\u003e")
                case 0x26: escape("\\u0026")
                case 0x0A: escape("\\n")
                case 0x0D: escape("\\r")
                case 0x09: escape("\\t")
                case 0x08: escape("\\b")
                case 0x0C: escape("\\f")
                case let byte where byte < 0x20:
                    escape(byte < 0x10 ? "\\u000" : "\\u001", length: 0)
                    out.append(Self.hexDigits[Int(byte & 0xF)])
                    position += 1
                    copied = position
                case 0xE2 where Self.isLineOrParagraphSeparator(bytes, at: position):
                    escape(bytes[position + 2] == 0xA8 ? "\\u2028" : "\\u2029", length: 3)
                default:
                    position += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Whether U+2028 or U+2029 (E2 80 A8 / E2 80 A9) starts at `position`.
    static func isLineOrParagraphSeparator(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        position + 2 < bytes.count && bytes[position] == 0xE2 && bytes[position + 1] == 0x80
            && (bytes[position + 2] == 0xA8 || bytes[position + 2] == 0xA9)
    }
}
