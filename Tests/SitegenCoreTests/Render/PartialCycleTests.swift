import Testing
@testable import SitegenCore

/// Partials that include themselves: refused when they would never end,
/// allowed when a section ends them with the data.
@Suite struct PartialCycleTests {
    static func problems(_ overrides: [String: String]) -> [String] {
        let files = overrides.mapValues { Array($0.utf8) }
        return Theme.load(overrides: files, displayRoot: "Templates", configStrings: [:]).1.map {
            "\($0.file):\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0) \($0.message)"
        }
    }

    @Test("the built-in theme's recursive nav-item (inside {{#children}}) is fine")
    func builtInThemeIsClean() {
        #expect(Self.problems([:]).isEmpty)
    }

    @Test("a partial including itself, directly or through another, outside any section is refused once")
    func cyclesAreRefused() {
        #expect(Self.problems(["partials/footer.mustache": "a\n  {{> footer }}\n"]) == [
            "Templates/partials/footer.mustache:2:3 partial 'footer' includes itself (footer → footer) outside any section: rendering it would never end",
        ])
        let found = Self.problems([
            "partials/footer.mustache": "{{#site}}{{/site}}{{>toc}}",
            "partials/toc.mustache": "{{^x}}{{>footer}}{{/x}}{{<footer}}{{$b}}{{/b}}{{/footer}}",
        ])
        #expect(found == [
            "Templates/partials/footer.mustache:1:19 partial 'footer' includes itself (footer → toc → footer) outside any section: rendering it would never end",
        ])
    }

    @Test("inclusions inside sections, dynamic names and changed delimiters are not cycles")
    func notCycles() {
        #expect(Self.problems(["partials/footer.mustache": "{{#a}}{{>footer}}{{/a}}{{^b}}{{>footer}}{{/b}}"]).isEmpty)
        #expect(Self.problems(["partials/footer.mustache": "{{>*name}}"]).isEmpty)
        #expect(Self.problems(["partials/footer.mustache": "{{=<% %>=}}<%>footer%>"]).isEmpty)
        #expect(Theme.unconditionalPartials(in: "{{#a}}{{>x}}{{/a}}\n {{>y}}{{#b}}{{#c}}{{/c}}{{>z}}{{/b}}{{< w }}{{/w}}").map(\.partial) == ["y", "w"])
        #expect(Theme.unconditionalPartials(in: "{{#a}}{{<p}}{{$x}}{{/x}}{{/p}}{{>q}}{{/a}}{{>r}}").map(\.partial) == ["r"])
    }
}
