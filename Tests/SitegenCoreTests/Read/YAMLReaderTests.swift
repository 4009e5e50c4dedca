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

    static func laughs(levels: Int, last: String) -> String {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = "abcdefghijklmnopqrstuvwxyz".map(String.init)
        for level in 1..<levels {
            let alias = "*" + names[level - 1]
            text += "\(names[level]): &\(names[level]) [\(Array(repeating: alias, count: 9).joined(separator: ","))]\n"
        }
        return text + last
    }

    /// Yams hashes whole mapping keys inside `compose`: a key that is an alias
    /// of a 10^9-node tree took 69 s there (found by the fuzzer) before the
    /// node budget could run. It is now counted first.
    @Test("an alias bomb used as a mapping key is stopped before Yams composes it", .timeLimit(.minutes(1)))
    func aliasBombAsKey() {
        for last in ["j: [?*i, x]\n", "? *i\n: x\n", "{*i: x}: y\n"] {
            guard case .failure(let failure) = YAMLReader.read(Self.laughs(levels: 9, last: last)) else {
                Issue.record("\(last.debugDescription) was accepted"); continue
            }
            #expect(failure.message.contains("expands to more than 20000 values"), "\(failure.message)")
            #expect(failure.position == SourcePosition(line: 5, column: 4))  // e: &e […]: 9^5 > 20,000
        }
    }

    @Test("anchors and aliases within the budget read as before; a shadowed anchor counts as Yams resolves it")
    func aliasesWithinBudget() throws {
        let value = try YAMLReader.read("defaults: &d {a: 1, b: 2}\nx: *d\ny: *d\n").get()
        #expect(value.entries?.map(\.key) == ["defaults", "x", "y"])
        #expect(value.entries?[2].value.entries?.map(\.key) == ["a", "b"])
        // 100 items aliased 150 times pass (15,000 values); 250 times do not.
        let list = "l: &l [" + Array(repeating: "x", count: 100).joined(separator: ",") + "]\n"
        #expect((try? YAMLReader.read(list + "m: [" + Array(repeating: "*l", count: 150).joined(separator: ",") + "]\n").get()) != nil)
        #expect((try? YAMLReader.read(list + "m: [" + Array(repeating: "*l", count: 250).joined(separator: ",") + "]\n").get()) == nil)
        // Inside the second &x, *x is still the first one; after it, the second.
        let big = "a: &x [" + Array(repeating: "y", count: 100).joined(separator: ",") + "]\n"
        #expect((try? YAMLReader.read(big + "b: &x [" + Array(repeating: "*x", count: 250).joined(separator: ",") + "]\n").get()) == nil)
        let small = "a: &x [1]\nb: &x [" + Array(repeating: "*x", count: 3000).joined(separator: ",") + "]\nc: [*x, *x]\n"
        #expect((try? YAMLReader.read(small).get()) != nil)
        #expect((try? YAMLReader.read(small + "d: [*x, *x]\n").get()) == nil)
    }

    @Test("marking aliases keeps every character in place (libyaml's marks count characters)")
    func markingAliases() {
        let text = "k: [*a, *b-c_9, '*q', * d, **e, 中*f]\n"
        let marked = YAMLReader.markingAliases(text)
        #expect(marked.count == text.count && marked.unicodeScalars.count == text.unicodeScalars.count)
        #expect(marked == text.replacingOccurrences(of: "*a", with: "\u{E000}a").replacingOccurrences(of: "*b", with: "\u{E000}b")
            .replacingOccurrences(of: "*q", with: "\u{E000}q").replacingOccurrences(of: "**e", with: "*\u{E000}e")
            .replacingOccurrences(of: "*f", with: "\u{E000}f"))
    }
}
