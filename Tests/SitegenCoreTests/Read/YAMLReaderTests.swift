import Testing
@testable import SitegenCore

@Suite("YAML reader")
struct YAMLReaderTests {
    @Test("keys that are not strings become text instead of crashing", arguments: [
        ("{{{page.title}}: lonely}", "{{page.title: }: }"),
        ("{[a, b]: x}", "[a, b]"),
        ("? {a: {b: c}}\n: x\n", "{a: {b: c}}"),
        ("{{{{{{{{{{{{x}}}}}}}}}}}: y}", "{{{{{{{{…: …}: }: }: }: }: }: }: }"),
    ])
    func complexKeys(yaml: String, key: String) throws {
        let value = try YAMLReader.read(yaml).get()
        #expect(value.entries?.map(\.key) == [key])
    }

    @Test("plain keys keep their text and position")
    func plainKeys() throws {
        let value = try YAMLReader.read("title: Hi\nweight: 3\n", lineOffset: 1).get()
        #expect(value.entries?.map(\.key) == ["title", "weight"])
        #expect(value.entries?.last?.keyPosition == SourcePosition(line: 3, column: 1))
    }
}
