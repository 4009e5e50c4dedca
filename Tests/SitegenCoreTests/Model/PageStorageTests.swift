import Testing
@testable import SitegenCore

@Suite("Pages and sources share their fields until one is changed")
struct PageStorageTests {
    static let text = "---\ntitle: One\noption: A\n---\n# One\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[x](other.md)\n"

    @Test("changing a copy's field leaves the original as it was, and the two differ")
    func copyOnWrite() {
        let original = parsePage(Self.text)
        var copy = original
        #expect(copy == original)
        copy.title = "Two"
        copy.tables.removeAll()
        copy.frontMatter.options.append("B")
        #expect(original.title == "One")
        #expect(original.tables.count == 1)
        #expect(original.frontMatter.options == ["A"])
        #expect(copy.title == "Two" && copy.tables.isEmpty && copy.frontMatter.options == ["A", "B"])
        #expect(copy != original)
        copy.title = "One"
        #expect(copy != original)  // still no tables, one more option
    }

    @Test("pages parsed separately from the same text are equal and hash alike; any field tells them apart")
    func valueEquality() {
        let first = parsePage(Self.text)
        let second = parsePage(Self.text)
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(Set([first, second]).count == 1)
        var other = second
        other.lang = "fr"
        #expect(first != other)
        #expect(Set([first, other]).count == 2)
    }

    @Test("a source's fields change on the copy only")
    func sourceCopyOnWrite() {
        let original = PageSource(contentPath: "a/b.md", text: Self.text, displayRoot: "Content")
        var copy = original
        copy.frontMatter.title = "Changed"
        copy.route = Route(outputPath: "elsewhere/index.html")
        #expect(original.frontMatter.title == "One")
        #expect(original.route.outputPath == "a/b/index.html")
        #expect(copy.frontMatter.title == "Changed" && copy.route.outputPath == "elsewhere/index.html")
        #expect(original.file == "Content/a/b.md" && original.section == "a" && original.kind == .page)
    }
}
