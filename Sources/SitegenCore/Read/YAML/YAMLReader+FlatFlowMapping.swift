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
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func at(_ character: Unicode.Scalar) -> Bool { index < scalars.count && scalars[index] == character }
        func skipSpaces() { while at(" ") { index += 1 } }
        func position(_ offset: Int) -> SourcePosition { SourcePosition(line: lineOffset + 1, column: offset + 1) }
        /// Words separated by spaces, without the spaces after the last one.
        func words() -> (String, Int)? {
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
            return (String(scalars: scalars[start..<end]), start)
        }

        skipSpaces()
        guard at("{") else { return nil }
        let open = index
        index += 1
        skipSpaces()
        var entries: [YAMLEntry] = []
        if at("}") {
            index += 1
        } else {
            while true {
                guard let (key, keyStart) = words(), at(":") else { return nil }
                index += 1
                guard at(" ") else { return nil }
                skipSpaces()
                guard let (value, valueStart) = words() else { return nil }
                guard !entries.contains(where: { $0.key == key }) else { return nil }  // Yams reports it
                let node: YAMLValue = ["null", "Null", "NULL"].contains(value)
                    ? .null(position(valueStart)) : .scalar(value, position(valueStart))
                entries.append(YAMLEntry(key: key, keyPosition: position(keyStart), value: node))
                skipSpaces()
                if at(",") {
                    index += 1
                    skipSpaces()
                    continue
                }
                guard at("}") else { return nil }
                index += 1
                break
            }
        }
        skipSpaces()
        return index == scalars.count ? .mapping(entries, position(open)) : nil
    }

    static func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        case 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF:  // what libyaml calls printable
            return scalar.value != 0x2028 && scalar.value != 0x2029 && scalar.value != 0xFEFF
        default: return false
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isWordStart(scalar) || scalar == "-" || scalar == "."
    }
}
