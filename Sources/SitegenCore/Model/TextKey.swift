import Foundation

/// A text as a dictionary key: equal exactly when the texts are (`==`, canonical equivalents
/// included), hashed like the text, but while the text is surely NFC (``String/isSurelyNFC``)
/// by its UTF-8 bytes directly. Swift hashes and compares other non-ASCII strings through
/// their normalised form, which costs several times as much for Chinese names and cells.
struct TextKey: Hashable, Sendable {
    let text: String
    private let isSurelyNFC: Bool

    init(_ text: String) {
        self.text = text
        isSurelyNFC = text.isSurelyNFC
    }

    static func == (lhs: TextKey, rhs: TextKey) -> Bool {
        guard lhs.isSurelyNFC, rhs.isSurelyNFC else { return lhs.text == rhs.text }
        // Two NFC texts are canonically equivalent exactly when their bytes are equal.
        guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        var left = lhs.text, right = rhs.text
        return left.withUTF8 { a in
            right.withUTF8 { b in a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) }
        }
    }

    /// The bytes and terminator `String.hash(into:)` feeds the hasher for an NFC text, so a key
    /// hashes as its text does whichever way it is hashed (tested).
    func hash(into hasher: inout Hasher) {
        guard isSurelyNFC else {
            hasher.combine(text)
            return
        }
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)
    }
}
