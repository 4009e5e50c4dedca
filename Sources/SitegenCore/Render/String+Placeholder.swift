extension String {
    /// Every occurrence of `placeholder` (an ASCII name such as `{list}` in an
    /// interface string) replaced by `value`, matching bytes. Foundation's
    /// `replacingOccurrences` took 0.6% of a build for the matrices' reasons.
    func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        let text = Array(utf8), key = Array(placeholder.utf8)
        guard let first = key.first, text.count >= key.count else { return self }
        var out: [UInt8] = []
        var index = 0
        var replaced = false
        while index < text.count {
            if text[index] == first, index + key.count <= text.count, text[index..<index + key.count].elementsEqual(key) {
                out += value.utf8
                index += key.count
                replaced = true
            } else {
                out.append(text[index])
                index += 1
            }
        }
        return replaced ? String(decoding: out, as: UTF8.self) : self
    }
}
