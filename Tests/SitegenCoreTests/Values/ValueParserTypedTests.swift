import Testing
@testable import SitegenCore

/// A cell declared as a type, and the expected outcome.
struct TypedCase: Sendable, CustomTestStringConvertible {
    let input: String
    let type: ValueType
    /// nil: must succeed; otherwise the exact failure message.
    let failure: String?
    var testDescription: String { "\"\(input)\" as \(type)" }
}

private let rawTypedCases: [(String, ValueType, String?)] = [
    ("3 days maybe", .duration, #""3 days maybe" is not a duration"#),
    ("3张", .duration, #""3张" is a count, not a duration"#),
    ("5", .duration, #""5" has no unit, so it is not a duration"#),
    ("5分钟", .rate, #""5分钟" is a duration, not a rate"#),
    ("maybe", .boolean, #""maybe" is not a yes/no value"#),
    ("3张", .number, #""3张" is a count, not a number"#),
    ("完全清除", .count, #""完全清除" is not a count"#),
    ("无限制", .number, #""无限制" is unlimited, not a number"#),
    ("50%", .count, #""50%" is a percentage, not a count"#),
    ("是", .duration, #""是" is a yes/no value, not a duration"#),
    ("5-10分钟", .duration, nil), ("即时生效", .duration, nil), ("无限制", .duration, nil),
    ("约15分钟申请+60天冻结", .duration, nil), ("无限制", .rate, nil), ("无限制", .count, nil),
    ("3张/日", .rate, nil), ("42", .count, nil), ("42", .number, nil), ("50%", .number, nil),
    ("是", .boolean, nil), ("✗", .boolean, nil), ("", .duration, nil), ("-", .rate, nil),
    ("300元", .money, nil), ("$5", .money, nil), ("免费", .money, nil), ("120", .money, nil), ("", .money, nil),
    ("免费", .rate, nil), ("$5/month", .rate, nil),
    ("$5/month", .money, #""$5/month" is a rate, not an amount of money"#),
    ("3张", .money, #""3张" is a count, not an amount of money"#),
    ("很便宜", .money, #""很便宜" is not an amount of money"#),
    ("300元", .count, #""300元" is an amount of money, not a count"#),
    ("免费", .duration, #""免费" is an amount of money, not a duration"#),
    ("anything at all", .text, nil), ("是", .text, nil), ("欧美地区", .category, nil), ("3张", .any, nil),
]

let typedCases = rawTypedCases.map { TypedCase(input: $0.0, type: $0.1, failure: $0.2) }

extension ValuesTests {
    @Suite struct ValueParserTypedTests {
        @Test("parse(_:as:)", arguments: typedCases)
        func typed(_ c: TypedCase) {
            switch ValueParser.parse(c.input, as: c.type) {
            case .success(let value):
                #expect(c.failure == nil, "unexpected success: \(value)")
            case .failure(let error):
                #expect(error.message == c.failure, "hint: \(error.hint)")
                #expect(!error.hint.isEmpty)
            }
        }

        @Test("a cell's stored value (best-effort or typed) fits its type exactly when parse(_:as:) succeeds, with the same value")
        func fittedAsParse() {
            let inputs = (typedCases.map(\.input) + (durationCases + quantityCases + labelAndProseCases + seedArticleCases).map(\.input))
            var misfits = 0
            for input in inputs {
                for type in ValueType.allCases {
                    let parsed = ValueParser.parse(input, as: type)
                    // What a table cell holds: its value as the type when that fits, else its best-effort value.
                    for stored in [ValueParser.parse(input), TableExtractor.typedValue(input, type: type, schema: nil)] {
                        let fitted = ValueParser.fitted(stored, as: type, text: input)
                        #expect(fitted == (try? parsed.get()), "\(input.debugDescription) as \(type), stored \(stored)")
                    }
                    if case .failure = parsed { misfits += 1 }
                }
            }
            #expect(misfits > 100)
        }

        @Test func durationHintIsActionable() throws {
            guard case .failure(let error) = ValueParser.parse("3 days maybe", as: .duration) else {
                Issue.record("expected a failure")
                return
            }
            #expect(error.hint == "write a number and a unit, e.g. 5分钟, 3-7个工作日 or 2 hours")
        }

        @Test("a duration with a misspelt English unit is told the unit it likely meant", arguments: [
            ("2-4 hourz", "'hourz' is not a unit of time: did you mean 'hours'?"),
            ("30 minuts", "'minuts' is not a unit of time: did you mean 'minutes'?"),
            ("3 wekes", "'wekes' is not a unit of time: did you mean 'weeks'?"),
            ("3 Minutn", "'Minutn' is not a unit of time: did you mean 'Minuten'?"),
            ("5 днеи", "'днеи' is not a unit of time: did you mean 'дней'?"),
            ("5 items", "write a number and a unit, e.g. 5分钟, 3-7个工作日 or 2 hours"),  // not close to a unit of time
            ("3张", "write a number and a unit, e.g. 5分钟, 3-7个工作日 or 2 hours"),
        ])
        func misspeltTimeUnit(_ input: String, _ hint: String) {
            guard case .failure(let error) = ValueParser.parse(input, as: .duration) else {
                Issue.record("\(input) parsed as a duration")
                return
            }
            #expect(error.hint == hint)
            #expect(error.message == "\"\(input)\" is a count, not a duration")
        }

        @Test("every language's hint examples are values of their type")
        func languageExamplesParse() {
            for words in LanguageWords.catalogue {
                #expect(Set(words.examples.keys) == [.duration, .rate, .boolean, .count, .money], "\(words.name)")
                for (type, examples) in words.examples {
                    for example in examples.split(separator: ", ").flatMap({ type == .boolean ? $0.split(separator: "/") : [$0] }) {
                        guard case .success = ValueParser.parse(String(example), as: type) else {
                            Issue.record("\(words.name): \(example) is no \(type)")
                            continue
                        }
                    }
                }
            }
        }

        @Test("the examples of the hints for pages in English are values of their types")
        func englishHintExamplesParse() {
            for type in [ValueType.boolean, .count, .number, .duration, .rate, .money, .size] {
                let hint = type.englishHint
                let start = hint.range(of: "e.g. ")?.upperBound ?? hint.range(of: "write ")!.upperBound
                let list = hint[start...].split(separator: ";")[0].split(separator: " (")[0]
                let examples = list.replacingOccurrences(of: " or ", with: ", ").components(separatedBy: ", ")
                    .flatMap { type == .boolean ? $0.components(separatedBy: "/") : [$0] }
                #expect(examples.count >= 2, "\(type)")
                for example in examples {
                    guard case .success = ValueParser.parse(example, as: type) else {
                        Issue.record("\(type): \(example) is no \(type)")
                        continue
                    }
                }
            }
        }

        @Test("a page's language adds examples in it to the hint; other languages keep the plain hint")
        func hintInThePagesLanguage() {
            let plain = "write a number and a unit, e.g. 5分钟, 3-7个工作日 or 2 hours"
            for (language, hint) in [
                ("de-AT", plain + " (German: 15 Minuten, 3 bis 5 Werktage)"), ("ja", plain + " (Japanese: 15分, 3〜5営業日, 2時間半)"),
                ("zh-CN", plain), ("en-GB", "write a number and a unit, e.g. 5 min, 3-7 business days or 2 hours; - or n/a when there is none"),
                ("tr", plain), (nil, plain),
            ] as [(String?, String)] {
                guard case .failure(let error) = ValueParser.parse("bald", as: .duration, language: language) else {
                    Issue.record("parsed")
                    continue
                }
                #expect(error.hint == hint, "\(language ?? "none")")
            }
        }

        @Test func declaredTypesNormalise() throws {
            let count = try ValueParser.parse("42", as: .count).get()
            #expect(count.dimension == .count)
            let text = try ValueParser.parse("是", as: .text).get()
            #expect(text == .text("是"))
            let any = try ValueParser.parse("是", as: .any).get()
            #expect(any == .boolean(true))
        }
    }
}
