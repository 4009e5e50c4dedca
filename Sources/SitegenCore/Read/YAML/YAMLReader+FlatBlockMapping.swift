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
        // Split by bytes: splitting the String split it into Characters first (grapheme breaking
        // over every Chinese title), two thirds of reading the front matter. A "\r\n", one
        // Character that the String split did not split at, leaves a "\r" here that no entry
        // ends with: nil either way, and Yams reads the text.
        for (offset, line) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard let entry = flatBlockEntry(Substring(line), line: lineOffset + offset + 1),
                  !entries.contains(where: { $0.key == entry.key })  // Yams reports it
            else { return nil }
            entries.append(entry)
        }
        return .mapping(entries, SourcePosition(line: lineOffset + 1, column: 1))
    }

    private static func flatBlockEntry(_ line: Substring, line number: Int) -> YAMLEntry? {
        var scanner = YAMLWordScanner(line)
        func position(_ offset: Int) -> SourcePosition { SourcePosition(line: number, column: offset + 1) }
        guard let (key, keyStart) = scanner.words(), keyStart == 0, scanner.at(":") else { return nil }
        scanner.index += 1
        guard scanner.at(" ") else { return nil }
        scanner.skipSpaces()
        let value: YAMLValue
        if scanner.at("\"") {
            let open = scanner.index
            scanner.index += 1
            while scanner.index < scanner.scalars.count, scanner.scalars[scanner.index] != "\"" {
                guard isQuotable(scanner.scalars[scanner.index]) else { return nil }
                scanner.index += 1
            }
            guard scanner.at("\"") else { return nil }
            value = .scalar(String(scalars: scanner.scalars[(open + 1)..<scanner.index]), position(open))
            scanner.index += 1
        } else {
            guard let (word, start) = scanner.words() else { return nil }
            value = ["null", "Null", "NULL"].contains(word) ? .null(position(start)) : .scalar(word, position(start))
        }
        scanner.skipSpaces()
        guard scanner.isAtEnd else { return nil }
        return YAMLEntry(key: key, keyPosition: position(keyStart), value: value)
    }

    /// What a double-quoted text may hold here: printable ASCII but `"` and `\`, and the
    /// printable non-ASCII characters words may hold.
    private static func isQuotable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: return scalar != "\"" && scalar != "\\"
        default: return scalar.value >= 0x80 && YAMLWordScanner.isWordStart(scalar)
        }
    }
}
