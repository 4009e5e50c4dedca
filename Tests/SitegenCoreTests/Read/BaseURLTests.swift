import Testing
@testable import SitegenCore

@Suite("base-url validation")
struct BaseURLTests {
    @Test("absolute http(s) addresses with a host are accepted; empty means none", arguments: [
        "https://example.org", "https://example.org/guide/", "http://localhost:8080/x", "HTTPS://例子.中国/指南/", "",
    ])
    func accepted(_ value: String) {
        #expect(SiteConfig.baseURLProblem(value) == nil)
        let (config, problems) = ConfigLoader.load(text: "base-url: '\(value)'\n")
        #expect(problems.isEmpty && config.baseURL == (value.isEmpty ? nil : value))
    }

    @Test("anything else is a config error at the value", arguments: [
        "data:://example.org/", "javascript:alert(1)", "example.org/guide/", "/guide/", "https://", "https:///x",
        "https://exa mple.org/", "https://example.org/\"><script>", "ftp://example.org/", "https://a:b:c/",
        "https://example.org/docs?x=1", "https://example.org?lang=en", "https://example.org/docs/#top",
    ])
    func refused(_ value: String) throws {
        #expect(SiteConfig.baseURLProblem(value) != nil)
        let (config, problems) = ConfigLoader.load(text: "title: T\nbase-url: '\(value.replacingOccurrences(of: "'", with: "''"))'\n")
        let problem = try #require(problems.first)
        #expect(problems.count == 1 && problem.name == "config-invalid" && config.baseURL == nil)
        #expect(problem.range?.start == SourcePosition(line: 2, column: 11))
    }
}
