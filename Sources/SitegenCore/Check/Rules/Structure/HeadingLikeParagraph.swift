/// A line that reads like a section heading but is written as plain text.
public struct HeadingLikeParagraph: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "MD002", name: "heading-like-paragraph", severity: .info, category: .structure,
        summary: "a numbered line reads like a section heading but is plain text",
        doc: """
            Articles pasted from elsewhere keep their section titles as plain lines (`一、官方注销账户流程`, \
            `（二）条件`, `2.1 Background`, or `1. Introduction` alone after a table), so the page has no \
            headings: no table of contents, no anchors to link to, and the title runs into the text \
            around it. The rule suggests making such lines headings; `--fix --fix-suggestions` \
            applies the suggestion (`## ` for top-level numbering, `### ` for nested numbering).
            """,
        badExample: "正文。\n一、官方注销账户流程\n通过微信设置注销。\n",
        goodExample: "正文。\n\n## 一、官方注销账户流程\n\n通过微信设置注销。\n",
        fixes: .suggestion
    )

    static let cjkNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零"]
    static let sentenceEnd: Set<Character> = ["。", "！", "？", "；", "：", "，", ".", "!", "?", ";", ":", ",", "、"]

    public func check(_ context: RuleContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let page = context.page
        for line in 1...max(1, page.source.lineCount) {
            // Most lines start with a letter or an ideograph: passed over by their first scalar.
            guard page.source.withBytes(ofLine: line, Self.mayStartNumbered) == true else { continue }
            guard let kind = context.lines.kind(line), let text = page.source.line(line),
                  let first = text.first(where: { $0 != " " && $0 != "\t" }),
                  first.isNumber || first == "(" || first == "（" else { continue }
            let indent = context.lines.indents[line - 1]
            guard indent < 4, let level = level(of: text.trimmingWhitespace(), kind: kind, line: line, context) else { continue }
            let marks = String(repeating: "#", count: level) + " "
            found.append(descriptor.diagnostic(
                page, line: line, column: indent + 1,
                message: "'\(text.trimmingWhitespace())' reads like a section heading but is plain text",
                hint: "make it a heading: \(marks)\(text.trimmingWhitespace())",
                fix: Fix(summary: "make line \(line) a level-\(level) heading",
                         edits: [.insert(marks, at: SourcePosition(line: line, column: indent + 1))], isSuggestion: true)))
        }
        return found
    }

    /// False when the line's first character that is not a space or tab is surely neither a
    /// number nor an opening parenthesis, decided by bytes from its first scalar (a
    /// `Character` is a number only when its first scalar is numeric, and a parenthesis only
    /// when it is one).
    static func mayStartNumbered(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.firstIndex(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return false }
        let lead = bytes[start]
        if lead < 0x80 { return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lead) || lead == UInt8(ascii: "(") }
        var decoder = UTF8()
        var iterator = bytes[start...].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return true }
        return scalar == "（" || scalar.properties.numericType != nil
    }

    /// The heading level the line suggests, nil when it does not look like a heading.
    func level(of text: String, kind: LineScan.Kind, line: Int, _ context: RuleContext) -> Int? {
        guard (2...40).contains(text.count), let last = text.last, !Self.sentenceEnd.contains(last) else { return nil }
        guard !context.isInTable(line) || context.isGluedProse(line) else { return nil }
        let characters = Array(text)
        switch kind {
        case .text:
            // 一、标题 / 十二．标题
            let numerals = characters.prefix { Self.cjkNumerals.contains($0) }.count
            if numerals > 0, numerals < characters.count - 1, "、.．".contains(characters[numerals]) { return 2 }
            // （一）标题 / (二) 标题
            if let open = characters.first, "(（".contains(open) {
                let inner = characters.dropFirst().prefix { Self.cjkNumerals.contains($0) }.count
                if inner > 0, characters.count > inner + 2, ")）".contains(characters[inner + 1]) { return 3 }
            }
            // 2.1 标题 / 2.1. Background
            let digits = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            if digits.contains("."), digits.first?.isNumber == true, digits.split(separator: ".").count >= 2,
               text.dropFirst(digits.count).first == " " {
                return 3
            }
            return nil
        case .listItem:
            // `1. Introduction` alone after a table: an ordered "list" of one item.
            var previous = line - 1
            while previous > 1, context.lines.isBlank(previous) { previous -= 1 }
            guard let first = characters.first, first.isNumber, context.isInTable(previous),
                  context.lines.kind(line + 1).map(isListItem) != true,
                  let title = text.split(separator: " ", maxSplits: 1).last?.first,
                  title.isUppercase || !title.isASCII else { return nil }
            return 2
        default:
            return nil
        }
    }

    private func isListItem(_ kind: LineScan.Kind) -> Bool {
        if case .listItem = kind { return true }
        return false
    }
}
