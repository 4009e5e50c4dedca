import Foundation
import Testing
@testable import SitegenCore

/// A pair of cells and whether they must mean the same.
struct EquivalencePair: Sendable, CustomTestStringConvertible {
    let a: String, b: String, equivalent: Bool
    var testDescription: String { "\"\(a)\" \(equivalent ? "≡" : "≢") \"\(b)\"" }
}

private let rawEquivalencePairs: [(String, String, Bool)] = [
    ("5-10分钟", "5~10 min", true), ("5-10分钟", "五到十分钟", true), ("5-10分钟", "300-600秒", true),
    ("5-10分鐘", "5-10分钟", true), ("3張/日", "3张/日", true), ("3個工作日", "3个工作日", true),  // Traditional
    ("3張", "3次", false),
    ("即时生效", "immediately", true), ("立即", "instant", true), ("3张/日", "21张/周", true),
    ("约15分钟", "15分钟", true),  // approximation is phrasing, not meaning
    ("15分钟左右", "about 15 min", true), ("1小时30分钟", "90 min", true), ("1.5小时", "一个半小时", true),
    ("半天", "12小时", true), ("两周", "14天", true), ("是", "yes", true), ("✓", "支持", true),
    ("无限制", "unlimited", true), ("不限", "∞", true), ("-", "", true), ("3 per day", "3/day", true),
    ("3天内", "within 3 days", true), ("至少3种", "3种以上", true), ("1,000", "1000", true),
    ("5-10分钟审核", "5-10分钟", true),  // labels do not change the quantity
    ("3 per day", "3次/天", true),  // a missing unit matches any unit
    ("Hello  World", "hello world", true), ("约15分钟申请+60天冻结", "15 min then 60 days", true),
    ("5-10分钟", "10-5分钟", false), ("3个工作日", "3天", false), ("3张/日", "3次/日", false),
    ("3张", "3次", false), ("至少3天", "3天", false), ("最多3天", "3天", false), ("50%", "50", false),
    ("3张", "3 days", false), ("完全清除", "42", false), ("是", "否", false), ("无限制", "999天", false),
    ("3张/日", "3张/周", false), ("即时", "1秒", false), ("", "text", false), ("15分钟", "16分钟", false),
    // a month in a rate is a twelfth of a year; a month as a duration stays 30 days
    ("每月2次", "每年24次", true), ("$5/month", "$60 per year", true), ("每月10元", "120元/年", true),
    ("1个月", "30天", true), ("12个月", "1年", false), ("$5/month", "€5/month", false), ("300元", "¥300", true),
    ("免费", "0元", true), ("免费", "$0", true), ("$5", "5", false),
    // per seat compares only per seat, in any of its spellings
    ("$10/user/month", "$120 per seat per year", true), ("每人每月10元", "10元/人/月", true),
    ("$10/user/month", "$10/month", false), ("$10/user", "$10", false), ("5 GB per user", "5 GB", false),
    ("$10/user/month + $5/user/month", "$15/user/month", true), ("$10/user/month + $5/user/month", "$15/month", false),
    // per GB, host, request and token: the same price per one byte, host, request or token
    ("$20/TB/month", "$0.02/GB/month", true), ("$0.24 per GB per year", "$0.02/GB/month", true),
    ("0.01元/万次", "1元/百万次", true), ("$0.005 per 1,000 requests", "$5 per million requests", true),
    ("$0.40 per million requests", "$0.40 per million tokens", false), ("$5/host/month", "$5/month", false),
    ("$5/host/month", "$5/user/month", false), ("$0.09/GB", "$0.09", false), ("$0.09/GB", "$0.09/GiB", false),
    ("16 GB per node", "16 GB per user", false), ("5元/次", "5元", false),
    // per GB-second and vCPU-hour: a rate per GB or per vCPU
    ("$0.036 per vCPU-hour", "$0.00001 per vCPU-second", true), ("$0.0000166667 per GB-second", "$0.0000166667/GB/s", true),
    ("0.2元/核时", "每核每小时0.2元", true), ("$0.04/vCPU/hour", "$0.04/host/hour", false),
    ("$0.02 per GB-month", "$0.02/GB/month", true),
    // per message
    ("$0.0075 per SMS", "$7.50 per 1,000 messages", true), ("0.045元/条", "每条0.045元", true),
    ("$0.0075 per SMS", "$0.0075 per request", false),
]

let equivalencePairs = rawEquivalencePairs.map { EquivalencePair(a: $0.0, b: $0.1, equivalent: $0.2) }

extension ValuesTests {
    @Suite struct ValueParserBehaviourTests {
        @Test func sortsDurationsFromInstantToSums() {
            let cells = ["约15分钟申请+60天冻结", "即时生效", "5-10分钟"]
            let sorted = cells.sorted { ValueParser.parse($0).sortValue! < ValueParser.parse($1).sortValue! }
            #expect(sorted == ["即时生效", "5-10分钟", "约15分钟申请+60天冻结"])
        }

        @Test func sortsRatesBelowUnlimited() {
            let cells = ["无限制", "3张/日", "1张/周"]
            let sorted = cells.sorted { ValueParser.parse($0).sortValue! < ValueParser.parse($1).sortValue! }
            #expect(sorted == ["1张/周", "3张/日", "无限制"])
            #expect(ValueParser.parse("无限制").sortValue == .infinity)
            #expect(ValueParser.parse("无限制").isCompatible(with: .rate))
            #expect(!ValueParser.parse("3张/日").isCompatible(with: .duration))
        }

        @Test func canonicalForms() {
            #expect(ValueParser.parse("约15分钟申请+60天冻结").canonical == Interval(exactly: 900 + 60 * Sec.day))
            #expect(ValueParser.parse("是").canonical == Interval(exactly: 1))
            #expect(ValueParser.parse("否").dimension == .boolean)
            #expect(ValueParser.parse("即时生效").canonical == Interval(exactly: 0))
            #expect(ValueParser.parse("完全清除").canonical == nil)
            #expect(ValueParser.parse("").sortValue == nil)
            #expect(ValueParser.parse("无限制").dimension == .none)
            #expect(ValueParser.parse("至少3种").canonical == Interval(3, .infinity))
            #expect(ValueParser.parse("3张/日").unit == "张")
            #expect(ValueParser.parse("每月限2次").unit == "次")
            #expect(ValueParser.parse("约15分钟申请+60天冻结").labels == ["申请", "冻结"])
            #expect(ValueParser.parse("约15分钟申请+60天冻结").isApproximate)
        }

        @Test("Equivalence", arguments: equivalencePairs)
        func equivalence(_ pair: EquivalencePair) {
            let a = ValueParser.parse(pair.a), b = ValueParser.parse(pair.b)
            #expect(a.isEquivalent(to: b) == pair.equivalent, "\(a) vs \(b)")
            #expect(b.isEquivalent(to: a) == pair.equivalent, "symmetry: \(b) vs \(a)")
        }

        @Test func invertedRangesArePreserved() throws {
            let value = ValueParser.parse("10-5分钟")
            let q = try #require(value.quantity)
            #expect(q.interval == Interval(600, 300))
            #expect(q.isInverted && value.isInverted)
            #expect(value.sortValue == 600)
            #expect(value.description == "duration 10 min – 5 min (inverted)")
            #expect(!ValueParser.parse("5-10分钟").isInverted)
            #expect(ValueParser.parse("10-5分钟+1天").isInverted)
        }

        @Test func descriptions() {
            let expected: [(String, String)] = [
                ("5-10分钟", "duration 5 min – 10 min"), ("3张/日", "rate 3 张/day"),
                ("至少3种", "count at least 3 种"), ("每月限2次", "rate at most 2 次/month"),
                ("约15分钟申请+60天冻结", "duration about 15 min (申请) + 60 d (冻结)"),
                ("即时生效", "duration instant"), ("无限制", "unlimited"), ("是", "boolean yes"),
                ("3-7个工作日", "duration 3 – 7 business days"), ("1小时-2天", "duration 1 h – 2 d"),
                ("完全清除", "text \"完全清除\""), ("", "empty"), ("50%", "number 50%"),
                ("3 per day", "rate 3/day"), ("3天内", "duration at most 3 d"),
                ("$10/user/month", "rate 10 USD/month per seat"), ("每人50元", "money 50 CNY per seat"),
                ("$5-10/user/month", "rate 5 – 10 USD/month per seat"),
                ("$20/TB/month", "rate 0.02 USD/month per GB"), ("每GB 0.5元", "money 0.5 CNY per GB"),
                ("$5/host/month", "rate 5 USD/month per host"), ("5元/次", "money 5 CNY per request"),
                ("$0.005 per 1,000 requests", "money 5 USD per million requests"),
                ("$0.10 per 1K tokens", "money 0.1 USD per 1,000 tokens"), ("0.01元/万次", "money 1 CNY per million requests"),
                ("$0.02-0.03/GB", "money 0.02 – 0.03 USD per GB"),
                ("$0.04/vCPU/hour", "rate 0.04 USD/hour per vCPU"), ("0.2元/核时", "rate 0.2 CNY/hour per vCPU"),
                // amounts below one keep four significant digits, above three decimals
                ("$0.0116/hour", "rate 0.0116 USD/hour"), ("$1,234.5678", "money 1234.568 USD"), ("0.33333", "number 0.3333"),
            ]
            for (input, text) in expected {
                #expect(ValueParser.parse(input).description == text, "\(input)")
            }
        }

        @Test func jsonForm() throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            func json(_ cell: String) throws -> String {
                String(decoding: try encoder.encode(ValueParser.parse(cell)), as: UTF8.self)
            }
            #expect(try json("5-10分钟")
                == #"{"approximate":false,"bound":"range","kind":"duration","lower":300,"timeUnit":"minute","upper":600}"#)
            #expect(try json("无限制") == #"{"kind":"unlimited","lower":"Infinity","upper":"Infinity"}"#)
            #expect(try json("至少3种")
                == #"{"approximate":false,"bound":"atLeast","kind":"count","lower":3,"unit":"种","upper":"Infinity"}"#)
            #expect(try json("是") == #"{"kind":"boolean","lower":1,"upper":1,"value":true}"#)
            #expect(try json("完全清除") == #"{"kind":"text","text":"完全清除"}"#)
            #expect(try json("") == #"{"kind":"empty"}"#)
            let sum = try json("约15分钟申请+60天冻结")
            #expect(sum.hasPrefix(#"{"approximate":true,"kind":"duration","lower":5184900,"terms":[{"#))
            #expect(sum.contains(#""label":"冻结""#))
        }
    }
}
