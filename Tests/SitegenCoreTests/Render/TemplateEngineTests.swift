import Mustache
import Testing
@testable import SitegenCore

/// The fast renderer writes exactly what swift-mustache writes.
@Suite struct TemplateEngineTests {
    nonisolated(unsafe) static let data: [String: Any] = [
        "title": "A <b>&\"'</b> title", "html": "<em>raw</em>", "flag": true, "off": false, "count": 3, "zero": 0,
        "empty": [[String: Any]](), "names": ["a", "b"],
        "items": [["name": "one", "url": "1/", "current": true], ["name": "two", "url": "2/", "current": false]],
        "page": ["title": "Nested", "tags": ["x", "y"], "description": "d"] as [String: Any],
        "strings": ["hello": "Hi", "bye": "Bye"],
    ]

    static let cases: [(String, [String: String])] = [
        ("{{title}} {{{html}}} {{&html}} {{missing}}", [:]),
        ("{{#flag}}yes{{/flag}}{{^off}}no{{/off}}{{#off}}never{{/off}}{{^flag}}never{{/flag}}", [:]),
        ("<ul>\n{{#items}}\n  <li{{#current}} class=\"c\"{{/current}}>{{name}} {{title}}</li>\n{{/items}}\n</ul>\n", [:]),
        ("{{#empty}}x{{/empty}}{{^empty}}none{{/empty}} {{#names}}[{{.}}]{{/names}}", [:]),
        ("{{page.title}} {{#page}}{{title}}/{{description}}{{#tags}}<{{.}}>{{/tags}}{{/page}} {{strings.hello}}", [:]),
        ("{{#count}}n={{.}}{{/count}} {{#zero}}z={{.}}{{/zero}} {{count}}", [:]),
        ("  {{! a comment }}\nline\n  {{#flag}}\n  inside\n  {{/flag}}\n", [:]),
        ("<nav>\n  {{>item}}\n</nav>\n", ["item": "{{#items}}\n<a href=\"{{url}}\">{{name}}</a>\n{{/items}}\n"]),
        ("{{<base}}\n{{$content}}\nbody {{title}}\n{{/content}}\n{{/base}}\n",
         ["base": "<html>\n{{$head}}default head{{/head}}\n{{$content}}{{/content}}\n</html>\n"]),
        ("{{#items}}{{>row}}{{/items}}", ["row": "{{name}}:{{#current}}*{{/current}};"]),
        ("a\r\n{{#flag}}\r\nb\r\n{{/flag}}\r\n", [:]),
    ]

    @Test(arguments: cases.indices)
    func sameOutputAsSwiftMustache(_ index: Int) throws {
        let (main, partials) = Self.cases[index]
        var library = MustacheLibrary()
        var sources: [String: String] = ["main": main]
        library.register(try MustacheTemplate(string: main), named: "main")
        for (name, text) in partials {
            library.register(try MustacheTemplate(string: text), named: name)
            sources[name] = text
        }
        let fast = try #require(TemplateSet(sources: sources))
        #expect(fast.render(Self.data, withTemplate: "main") == library.render(Self.data, withTemplate: "main"))
    }

    @Test func unsupportedSyntaxFallsBackToSwiftMustache() {
        #expect(TemplateSet(sources: ["main": "{{=<% %>=}}<% title %>"]) == nil)
        #expect(TemplateSet(sources: ["main": "{{uppercased(title)}}"]) == nil)
    }

    @Test func theDefaultThemeCompiles() {
        let (theme, problems) = Theme.load(overrides: [:], displayRoot: "Templates", configStrings: [:])
        #expect(problems.isEmpty)
        #expect(theme.compiled != nil)
    }
}
