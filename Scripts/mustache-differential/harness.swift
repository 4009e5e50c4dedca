// Renders every case of a JSON file with swift-mustache 2.1.1 as released
// (module Pristine) and as vendored with sitegen's patch (module Patched), and
// writes both outputs. Usage: mustache-differential CASES.json OUT.json
import Foundation
import Patched
import Pristine

/// JSON values as sitegen hands them to templates: dictionaries as
/// `[String: Any]`, lists of dictionaries as `[[String: Any]]` (the patch has
/// fast paths for both), "__true"/"__false" as booleans.
func templateValue(_ value: Any) -> Any {
    if let dictionary = value as? [String: Any] { return dictionary.mapValues(templateValue) }
    if let list = value as? [Any] {
        let items = list.map(templateValue)
        if !items.isEmpty, items.allSatisfy({ $0 is [String: Any] }) { return items.map { $0 as! [String: Any] } }
        return items
    }
    if let string = value as? String, string == "__true" || string == "__false" { return string == "__true" }
    if let int = value as? Int { return int }
    if let double = value as? Double { return double }
    return value
}

/// The same values with every dictionary as a `MustacheRecord` of its names
/// in the dictionary's own order (so that a record written as a `{{variable}}`
/// reads as the dictionary does), lists of dictionaries as `[MustacheRecord]`
/// and strings as `MustacheBytes`: the patched library must render them
/// exactly as it renders dictionaries and strings.
/// With `keeping`, the records keep the partials rendered over them
/// (`keepingRenderedPartials`), which must change nothing either.
func recordValue(_ value: Any, keeping: Bool = false) -> Any {
    if let string = value as? String { return Patched.MustacheBytes(Array(string.utf8)) }
    if let dictionary = value as? [String: Any] { return record(dictionary, keeping: keeping) }
    if let list = value as? [[String: Any]] { return list.map { record($0, keeping: keeping) } }
    if let list = value as? [Any] { return list.map { recordValue($0, keeping: keeping) } }
    return value
}

func record(_ dictionary: [String: Any], keeping: Bool = false) -> Patched.MustacheRecord {
    record(dictionary.map { ($0.key, recordValue($0.value, keeping: keeping)) }, keeping: keeping)
}

func record(_ fields: [(String, Any)], keeping: Bool) -> Patched.MustacheRecord {
    Patched.MustacheRecord(names: fields.map(\.0), values: fields.map(\.1), keepingRenderedPartials: keeping)
}

/// The top level of `data` with every value that is not a dictionary or a list changed, so that
/// a partial text kept over a nested record and wrongly reused shows.
func variant(_ data: [String: Any]) -> [String: Any] {
    data.mapValues { value in
        switch value {
        case let string as String: return "v" + string
        case let bool as Bool: return !bool
        case let int as Int: return int + 7
        case let double as Double: return double + 1
        default: return value
        }
    }
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write("usage: mustache-differential CASES.json OUT.json\n".data(using: .utf8)!)
    exit(2)
}
let cases = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: arguments[1]))) as! [[String: Any]]
var results: [[String: String]] = []
for testCase in cases {
    let template = testCase["template"] as! String
    let partials = testCase["partials"] as? [String: String] ?? [:]
    let object = templateValue(testCase["data"]!)
    let changed = (object as? [String: Any]).map(variant) ?? object
    // Records that keep their rendered partials, rendered twice: the second time under a changed top level.
    let kept = (object as? [String: Any]).map { data in data.mapValues { recordValue($0, keeping: true) } } ?? [:]
    func keptTop(_ data: [String: Any]) -> Patched.MustacheRecord {
        record(data.map { name, value in
            (name, value is [String: Any] || value is [Any] ? kept[name]! : recordValue(value, keeping: true))
        }, keeping: true)
    }
    /// The case's templates, compiled by one of the two libraries.
    func templates<Template>(_ compile: (String) throws -> Template) throws -> [String: Template] {
        try partials.mapValues(compile).merging(["main": compile(template)]) { _, main in main }
    }
    func outcome(_ render: () throws -> String?) -> String {
        do { return try render() ?? "<no output>" } catch { return "<parse error: \(error)>" }
    }
    let result = [
        "pristine": outcome {
            Pristine.MustacheLibrary(templates: try templates(Pristine.MustacheTemplate.init(string:)))
                .render(object, withTemplate: "main")
        },
        "patched": outcome {
            Patched.MustacheLibrary(templates: try templates(Patched.MustacheTemplate.init(string:)))
                .render(object, withTemplate: "main")
        },
        "records": outcome {
            Patched.MustacheLibrary(templates: try templates(Patched.MustacheTemplate.init(string:)))
                .render(recordValue(object), withTemplate: "main")
        },
        "pristineChanged": outcome {
            Pristine.MustacheLibrary(templates: try templates(Pristine.MustacheTemplate.init(string:)))
                .render(changed, withTemplate: "main")
        },
    ]
    // (After the renders above, in this order: the second reuses what the first kept.)
    var keptResults: [String: String] = [:]
    if let data = object as? [String: Any] {
        let library = Result { Patched.MustacheLibrary(templates: try templates(Patched.MustacheTemplate.init(string:))) }
        keptResults["kept"] = outcome { try library.get().render(keptTop(data), withTemplate: "main") }
        keptResults["keptChanged"] = outcome {
            try library.get().render(keptTop(changed as! [String: Any]), withTemplate: "main")
        }
    }
    results.append(result.merging(keptResults) { first, _ in first })
}
try JSONSerialization.data(withJSONObject: results).write(to: URL(fileURLWithPath: arguments[2]))
