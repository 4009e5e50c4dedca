extension YAMLReader {
    /// The value of a one-line flow mapping of plain words, such as the
    /// `{id: prices, kind: matrix, caption: 方案对比}` of a table annotation,
    /// read without starting a Yams parser; nil for anything else, which Yams
    /// then reads.
    ///
    /// Every table of a page usually has such an annotation, and Yams sets up
    /// a libyaml parser (with buffers of several kilobytes) for each: reading
    /// them here took 2–3% off `sitegen check` on the benchmark. The accepted
    /// shape is deliberately small, so that the answer is exactly what Yams gives (values, `null`
    /// words and positions; a test compares the two on random texts):
    /// spaces, `{`, then `key: value` pairs separated by `,`, then `}` and
    /// spaces, all on one line. Keys and values are words separated by
    /// spaces; a word is made of ASCII letters, digits, `_`, `-`, `.` and
    /// printable non-ASCII characters (not line or paragraph separators, not
    /// a byte order mark) and starts with a letter, digit, `_` or non-ASCII
    /// character. A key is followed directly by `:`, and `:` by a space. A
    /// repeated key, a tab, a quote or any other character gives nil.
    /// Columns count Unicode scalars, as libyaml does.
    static func flatFlowMapping(_ text: String, lineOffset: Int) -> YAMLValue? {
        var scanner = YAMLWordScanner(text)
        func position(_ offset: Int) -> SourcePosition { SourcePosition(line: lineOffset + 1, column: offset + 1) }

        scanner.skipSpaces()
        guard scanner.at("{") else { return nil }
        let open = scanner.index
        scanner.index += 1
        scanner.skipSpaces()
        var entries: [YAMLEntry] = []
        if scanner.at("}") {
            scanner.index += 1
        } else {
            while true {
                guard let (key, keyStart) = scanner.words(), scanner.at(":") else { return nil }
                scanner.index += 1
                guard scanner.at(" ") else { return nil }
                scanner.skipSpaces()
                guard let (value, valueStart) = scanner.words() else { return nil }
                guard !entries.contains(where: { $0.key == key }) else { return nil }  // Yams reports it
                let node: YAMLValue = ["null", "Null", "NULL"].contains(value)
                    ? .null(position(valueStart)) : .scalar(value, position(valueStart))
                entries.append(YAMLEntry(key: key, keyPosition: position(keyStart), value: node))
                scanner.skipSpaces()
                if scanner.at(",") {
                    scanner.index += 1
                    scanner.skipSpaces()
                    continue
                }
                guard scanner.at("}") else { return nil }
                scanner.index += 1
                break
            }
        }
        scanner.skipSpaces()
        return scanner.isAtEnd ? .mapping(entries, position(open)) : nil
    }
}
