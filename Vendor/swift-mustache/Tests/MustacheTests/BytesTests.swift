//
// sitegen patch: a file of its own (not in swift-mustache 2.1.1).
//

import Mustache
import XCTest

/// `MustacheBytes` renders as the string of its bytes. (The differential test
/// hands every string of thousands of random cases over as bytes.)
final class BytesTests: XCTestCase {
    func testBytesRenderAsTheirString() throws {
        let text = "<b>中文</b> & \"x\""
        for value: Any in [text, MustacheBytes(Array(text.utf8))] {
            let object: [String: Any] = ["v": value, "list": [value, value]]
            func render(_ template: String) throws -> String { try MustacheTemplate(string: template).render(object) }
            XCTAssertEqual(try render("{{{v}}}|{{& v}}"), "\(text)|\(text)")
            XCTAssertEqual(try render("{{v}}"), "&lt;b&gt;中文&lt;/b&gt; &amp; &quot;x&quot;")
            XCTAssertEqual(try render("{{#v}}[{{{.}}}]{{/v}}{{^v}}none{{/v}}"), "[\(text)]")
            XCTAssertEqual(try render("{{#list}}{{{.}}};{{/list}}"), "\(text);\(text);")
            XCTAssertEqual(try render("{{v.count}}|{{uppercased(v)}}"), "|&lt;B&gt;中文&lt;/B&gt; &amp; &quot;X&quot;")
        }
        XCTAssertEqual(MustacheBytes(Array("a\"".utf8)).debugDescription, "\"a\\\"\"")
    }

    /// A lambda answering with bytes renders them as their string: not parsed as a template (as a
    /// `String` answer is), escaped by `{{lambda}}` only.
    func testLambdaBytesRenderAsTheirString() throws {
        let text = "<a>{{x}}</a>"
        let lambda = MustacheLambda { inner in MustacheBytes(Array((inner + text).utf8)) }
        let object: [String: Any] = ["f": lambda, "x": "X"]
        func render(_ template: String) throws -> String { try MustacheTemplate(string: template).render(object) }
        XCTAssertEqual(try render("{{#f}}in{{x}}{{/f}}"), "in{{x}}<a>{{x}}</a>")
        XCTAssertEqual(try render("{{{f}}}|{{&f}}"), "\(text)|\(text)")
        XCTAssertEqual(try render("{{f}}"), "&lt;a&gt;{{x}}&lt;/a&gt;")
    }
}
