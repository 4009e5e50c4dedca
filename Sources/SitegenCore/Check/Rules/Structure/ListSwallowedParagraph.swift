/// Prose glued onto the last item of a list (a lazy continuation line).
public struct ListSwallowedParagraph: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "MD001", name: "list-swallowed-paragraph", severity: .warning, category: .structure,
        summary: "a paragraph is glued onto a list item because no blank line ends the list",
        doc: """
            A line right under a list item that is not indented to the item's text still belongs to \
            the item (a "lazy continuation" in CommonMark), so the paragraph after a list without a \
            blank line becomes part of the last bullet, and a heading-like line or a table after it \
            disappears into the bullet too. The rule reports the first unindented line glued onto a \
            list item; `--fix` inserts a blank line before it. Indent the line instead if it really \
            continues the item.
            """,
        badExample: "- 本人持证人脸识别视频\n- 已绑定的手机号码\n该操作会覆盖原实名信息。\n",
        goodExample: "- 本人持证人脸识别视频\n- 已绑定的手机号码\n\n该操作会覆盖原实名信息。\n",
        fixes: .safe
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var itemContent: Int?
        var itemLine = 0
        var inLazyRun = false
        for line in 1...max(1, context.page.source.lineCount) {
            switch context.lines.kind(line) {
            case .listItem(let content)?:
                itemContent = content
                itemLine = line
                inLazyRun = false
            case .text? where !context.isInTable(line):
                guard let content = itemContent, context.lines.indents[line - 1] < content - 1 else { continue }
                if !inLazyRun {
                    found.append(descriptor.diagnostic(
                        context.page, line: line, column: context.lines.indents[line - 1] + 1,
                        message: "text is glued onto the list item on line \(itemLine)",
                        hint: "insert a blank line before line \(line) to end the list, or indent the line to continue the item",
                        fix: .blankLine(before: line)))
                    inLazyRun = true
                }
            default:
                itemContent = nil
                inLazyRun = false
            }
        }
        return found
    }
}
