//
// sitegen patch: a file of its own (not in swift-mustache 2.1.1).
//

import Mustache
import XCTest

/// `MustacheRecord` renders as a `[String: Any]` with the same names and
/// values. (Scripts/test.d/16-mustache-differential.sh compares the two on
/// thousands of random templates; these are the cases worth naming.)
final class RecordTests: XCTestCase {
    func render(_ template: String, _ value: Any) throws -> String {
        try MustacheTemplate(string: template).render(value)
    }

    func testNamesAreFoundInTheRecordAndDownTheStack() throws {
        let inner = MustacheRecord(names: ["name", "flag"], values: ["inner", true])
        let outer = MustacheRecord(["name": "outer", "title": "T", "item": inner, "list": [inner, MustacheRecord()]])
        XCTAssertEqual(try render("{{name}}/{{title}}/{{item.name}}", outer), "outer/T/inner")
        XCTAssertEqual(try render("{{#item}}{{name}} {{title}}{{/item}}", outer), "inner T")
        XCTAssertEqual(try render("{{#list}}[{{name}}{{#flag}}!{{/flag}}]{{/list}}", outer), "[inner!][outer]")
        XCTAssertEqual(try render("{{#item}}{{.name}}|{{.title}}{{/item}}", outer), "inner|")
        XCTAssertEqual(try render("{{missing}}{{item.missing}}{{^missing}}none{{/missing}}", outer), "none")
    }

    func testSectionsTreatARecordAsADictionary() throws {
        for value: Any in [MustacheRecord(), [String: Any]()] {
            XCTAssertEqual(try render("{{#v}}shown{{/v}}{{^v}}hidden{{/v}}", ["v": value]), "shown")
        }
        let empty: [MustacheRecord] = []
        XCTAssertEqual(try render("{{#v}}item{{/v}}{{^v}}none{{/v}}", ["v": empty]), "none")
    }

    func testNilValuesAreLeftOutAndTheFirstOfTwoNamesAnswers() throws {
        let missing: String? = nil
        var record = MustacheRecord(["a": missing, "b": "1", "b": "2"])
        XCTAssertEqual(record.count, 2)
        XCTAssertEqual(try render("{{a}}|{{b}}", record), "|1")
        record["b"] = "3"
        record["a"] = "0"
        XCTAssertEqual(try render("{{a}}|{{b}}", record), "0|3")
        record["a"] = nil
        XCTAssertEqual(record.count, 2)
        XCTAssertNil(record["a"])
    }

    func testTransformsAndTextAreTheDictionarys() throws {
        let record = MustacheRecord(names: ["b", "a"], values: ["x", 1])
        XCTAssertEqual(try render("{{count(r)}} {{#empty(r)}}e{{/empty(r)}}{{#sorted(r)}}{{key}}{{/sorted(r)}}", ["r": record]),
                       "2 ab")
        XCTAssertEqual(try render("{{{r}}}", ["r": record]), #"["b": "x", "a": 1]"#)
        XCTAssertEqual(try render("{{{r}}}", ["r": MustacheRecord()]), "[:]")
        XCTAssertEqual(record.dictionary["a"] as? Int, 1)
    }
}
