/// A pipe table that cmark-gfm does not parse as a table at all.
public struct TableNotParsed: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TBL009", name: "table-not-parsed", severity: .error, category: .structure,
        summary: "a header and delimiter row that cmark-gfm does not read as a table",
        doc: """
            A table can only start where a paragraph could: written right under a list item (or \
            inside a block quote or HTML block) without a blank line, its lines are read as more \
            text of that block and the page shows the pipes and dashes as prose. The rule finds a \
            line with pipes followed by a matching `---|---` delimiter row that did not become a \
            table; `--fix` inserts the blank line that lets it start.
            """,
        badExample: "- 已绑定的手机号码\n操作类型 | 监护人权限 |\n---|---|\n解除绑定 | 需家长确认 |\n",
        goodExample: "- 已绑定的手机号码\n\n操作类型 | 监护人权限 |\n---|---|\n解除绑定 | 需家长确认 |\n",
        fixes: .safe
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.layouts.filter { $0.tableIndex == nil }.map { layout in
            descriptor.diagnostic(
                context.page, line: layout.firstLine,
                message: "this table is not parsed as a table: it is glued onto \(container(above: layout.firstLine, context))",
                hint: "insert a blank line before line \(layout.firstLine)",
                fix: .blankLine(before: layout.firstLine))
        }
    }

    /// What the table is glued onto, for the message.
    func container(above line: Int, _ context: RuleContext) -> String {
        var number = line - 1
        while number >= 1 {
            switch context.lines.kind(number) {
            case .listItem?: return "the list item on line \(number)"
            case .blockStart?: return "the block on line \(number)"
            case .blank?, .verbatim?, nil: return "the text above"
            case .text?: number -= 1
            }
        }
        return "the text above"
    }
}
