extension YAMLReader {
    /// The value of front matter made only of `key: value` lines, such as
    ///
    ///     title: "参考手册 00278: Rollback 安全审计"
    ///     weight: 278
    ///     option: 方案00278
    ///
    /// read without starting a Yams parser; nil for anything else, which Yams
    /// then reads. Setting up libyaml for each page's few lines was a third of
    /// reading the page. As with ``flatFlowMapping(_:lineOffset:)`` the shape
    /// is deliberately small, so that the answer is exactly what Yams gives
    /// (values, `null` words and positions; a test compares the two on random
    /// texts): every line is a key at column 1, `:`, one space or more, and a
    /// value, with nothing after it but spaces. Keys are words, values are
    /// words or a double-quoted text without `\` (no escapes to decode) of
    /// printable characters; words are those of the flow mappings. Blank
    /// lines, comments, tabs, lists, nesting, single quotes, a repeated key
    /// or anything else give nil.
    static func flatBlockMapping(_ text: String, lineOffset: Int) -> YAMLValue? {
        guard !text.isEmpty else { return nil }
        var entries: [YAMLEntry] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let entry = flatBlockEntry(line, line: lineOffset + offset + 1),
                  !entries.contains(where: { $0.key == entry.key })  // Yams reports it
            else { return nil }
            entries.append(entry)
        }
        return .mapping(entries, SourcePosition(line: lineOffset + 1, column: 1))
    }

    private static func flatBlockEntry(_ line: Substring, line number: Int) -> YAMLEntry? {
        let scalars = Array(line.unicodeScalars)
        var index = 0
        func at(_ scalar: Unicode.Scalar) -> Bool { index < scalars.count && scalars[index] == scalar }
        func position(_ offset: Int) -> SourcePosition { SourcePosition(line: number, column: offset + 1) }
        /// Words separated by spaces, without the spaces after the last one.
        func words() -> String? {
            let start = index
            guard index < scalars.count, isWordStart(scalars[index]) else { return nil }
            var end = index
            while index < scalars.count {
                if isWordScalar(scalars[index]) {
                    index += 1
                    end = index
                } else if scalars[index] == " " {
                    index += 1
                } else {
                    break
                }
            }
            index = end
            return String(scalars: scalars[start..<end])
        }
        guard let key = words(), at(":") else { return nil }
        index += 1
        guard at(" ") else { return nil }
        while at(" ") { index += 1 }
        let valueStart = index
        let value: YAMLValue
        if at("\"") {
            index += 1
            let contentStart = index
            while index < scalars.count, scalars[index] != "\"" {
                guard isQuotable(scalars[index]) else { return nil }
                index += 1
            }
            guard at("\"") else { return nil }
            value = .scalar(String(scalars: scalars[contentStart..<index]), position(valueStart))
            index += 1
        } else {
            guard let word = words() else { return nil }
            value = ["null", "Null", "NULL"].contains(word) ? .null(position(valueStart)) : .scalar(word, position(valueStart))
        }
        while at(" ") { index += 1 }
        guard index == scalars.count else { return nil }
        return YAMLEntry(key: key, keyPosition: position(0), value: value)
    }

    /// What a double-quoted text may hold here: printable ASCII but `"` and `\`, and the
    /// printable non-ASCII characters words may hold.
    private static func isQuotable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: return scalar != "\"" && scalar != "\\"
        default: return scalar.value >= 0x80 && isWordStart(scalar)
        }
    }
}
