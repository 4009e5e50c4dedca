@testable import SitegenCore

/// Rates, counts, numbers, booleans, unlimited, empties.
let quantityCases: [ParseCase] = [
    // rates
    ParseCase("3次/天", rate(3, per: Sec.day, unit: "次")),
    ParseCase("3-5次/天", rate(3, 5, per: Sec.day, unit: "次")),
    ParseCase("每天3次", rate(3, per: Sec.day, unit: "次")),
    ParseCase("每周最多1次", rate(0, 1, per: Sec.week, .atMost, unit: "次")),
    ParseCase("每个月最多3次", rate(0, 3, per: Sec.monthRate, .atMost, unit: "次")),
    ParseCase("每月2次", rate(2, per: Sec.monthRate, unit: "次")),
    ParseCase("一周一次", rate(1, per: Sec.week, unit: "次")),
    ParseCase("一天三次", rate(3, per: Sec.day, unit: "次")),
    ParseCase("最多3次/天", rate(0, 3, per: Sec.day, .atMost, unit: "次")),
    ParseCase("3 per day", rate(3, per: Sec.day)),
    ParseCase("3/day", rate(3, per: Sec.day)),
    ParseCase("2 times a month", rate(2, per: Sec.monthRate, unit: "time")),
    ParseCase("3 times per week", rate(3, per: Sec.week, unit: "time")),
    ParseCase("once a week", rate(1, per: Sec.week, unit: "time")),
    ParseCase("twice daily", rate(2, per: Sec.day, unit: "time")),
    ParseCase("no more than 2 times per day", rate(0, 2, per: Sec.day, .atMost, unit: "time")),
    ParseCase("every 2 weeks", rate(1, per: 2 * Sec.week)),
    ParseCase("每 3 天 1 次", rate(1, per: 3 * Sec.day, unit: "次")),
    ParseCase("3次/2周", rate(3, per: 2 * Sec.week, unit: "次")),
    ParseCase("2-3次每周", rate(2, 3, per: Sec.week, unit: "次")),
    ParseCase("每天", rate(1, per: Sec.day)),
    ParseCase("daily", rate(1, per: Sec.day)),
    ParseCase("３张／日", rate(3, per: Sec.day, unit: "张")),
    // counts
    ParseCase("3张", count(3, unit: "张")),
    ParseCase("3种", count(3, unit: "种")),
    ParseCase("1次", count(1, unit: "次")),
    ParseCase("3~5张", count(3, 5, unit: "张")),
    ParseCase("限3次", count(0, 3, .atMost, unit: "次")),
    ParseCase("至多2张", count(0, 2, .atMost, unit: "张")),
    ParseCase("3种以上", count(3, inf, .atLeast, unit: "种")),
    ParseCase("3 items", count(3, unit: "item")),
    ParseCase("at least 3 cards", count(3, inf, .atLeast, unit: "card")),
    ParseCase("more than 5 items", count(5, inf, .atLeast, unit: "item")),
    ParseCase("二十多个", count(20, inf, .atLeast, approx: true, unit: "个")),
    ParseCase("3张+2张", .value(.count, [term(3, unit: "张"), term(2, unit: "张")])),
    // numbers
    ParseCase("42", number(42)),
    ParseCase("1,000", number(1_000)),
    ParseCase("1,234,567.89", number(1_234_567.89)),
    ParseCase("1.5", number(1.5)),
    ParseCase("0", number(0)),
    ParseCase("-5", number(-5)),
    ParseCase("1.5万", number(15_000)),
    ParseCase("一百", number(100)),
    ParseCase("50%", number(50, unit: "%")),
    ParseCase("10-20%", number(10, 20, unit: "%")),
    ParseCase("≥3", number(3, inf, .atLeast)),
    ParseCase("3+", number(3, inf, .atLeast)),
    ParseCase("<= 5", number(-inf, 5, .atMost)),
    // booleans
    ParseCase("是", .boolean(true)),
    ParseCase("否", .boolean(false)),
    ParseCase("有", .boolean(true)),
    ParseCase("无", .boolean(false)),
    ParseCase("对", .boolean(true)),
    ParseCase("错", .boolean(false)),
    ParseCase("需要", .boolean(true)),
    ParseCase("不需要", .boolean(false)),
    ParseCase("支持", .boolean(true)),
    ParseCase("不支持", .boolean(false)),
    ParseCase("yes", .boolean(true)),
    ParseCase("No", .boolean(false)),
    ParseCase("TRUE", .boolean(true)),
    ParseCase("false", .boolean(false)),
    ParseCase("✓", .boolean(true)),
    ParseCase("✔", .boolean(true)),
    ParseCase("✔️", .boolean(true)),
    ParseCase("√", .boolean(true)),
    ParseCase("✗", .boolean(false)),
    ParseCase("✘", .boolean(false)),
    ParseCase("×", .boolean(false)),
    // unlimited
    ParseCase("不限", .unlimited),
    ParseCase("不限次数", .unlimited),
    ParseCase("无上限", .unlimited),
    ParseCase("unlimited", .unlimited),
    ParseCase("No limit", .unlimited),
    ParseCase("∞", .unlimited),
    // empties
    ParseCase("", .empty),
    ParseCase("   ", .empty),
    ParseCase("-", .empty),
    ParseCase("–", .empty),
    ParseCase("—", .empty),
    ParseCase("——", .empty),
    ParseCase("N/A", .empty),
    // a footnote mark typed after a value is not part of it
    ParseCase("5分钟*", duration(5 * Sec.minute)),
    ParseCase("3张/日¹", rate(3, per: Sec.day, unit: "张")),
    ParseCase("是†", .boolean(true)),
    ParseCase("无限制‡", .unlimited),
    ParseCase("2-3 hours¹²", duration(2 * Sec.hour, 3 * Sec.hour)),
    ParseCase("*", .text),
    ParseCase("¹", .text),
    ParseCase("-*", .text),  // an empty cell with a mark is no value either
    ParseCase("see note*", .text),
    ParseCase("3*5", .text),
    // A yes/no or unlimited word with a note in brackets is that value
    ParseCase("Yes (paid)", .boolean(true)),
    ParseCase("✓ (Pro plan)", .boolean(true)),
    ParseCase("是（需付费）", .boolean(true)),
    ParseCase("No (coming soon)", .boolean(false)),
    ParseCase("不支持 (仅限国内)", .boolean(false)),
    ParseCase("Unlimited (fair use)", .unlimited),
    ParseCase("不限（合理使用）", .unlimited),
    ParseCase("$5 (per month)", .text),  // a note may change what a number measures
    ParseCase("N/A (not offered)", .text),
    ParseCase("Yes (paid) and more", .text),
    ParseCase("Yes (a) (b)", .text),
    ParseCase("Yes ()", .text),
    ParseCase("(paid)", .text),
    ParseCase("Maybe (paid)", .text),
    ParseCase("Partial (read only)", .text),
    // Thousands and millions before a counted word or a period
    ParseCase("10k users", count(10_000, unit: "user")),
    ParseCase("1M requests/month", rate(1_000_000, per: Sec.monthRate, unit: "request")),
    ParseCase("10K/day", rate(10_000, per: Sec.day)),
    ParseCase("4K", count(4, unit: "K")),  // alone: a resolution as often as a number
    ParseCase("3m users", .text),  // a small m is not a million
    ParseCase("5 k users", .text),
    // Units of measure with a metric prefix: amounts of the unit without the prefix
    ParseCase("980 g", count(980, unit: "g")),
    ParseCase("1.2 kg", count(1_200, unit: "g")),
    ParseCase("1-2 kg", count(1_000, 2_000, unit: "g")),
    ParseCase("500 g - 1.2 kg", count(500, 1_200, unit: "g")),
    ParseCase("1.5公斤", count(1_500, unit: "g")),
    ParseCase("5公里", count(5_000, unit: "m")),
    ParseCase("3 KM", count(3_000, unit: "m")),
    ParseCase("3.2 GHz", count(3.2e9, unit: "Hz")),
    ParseCase("800 MHz", count(8e8, unit: "Hz")),
    ParseCase("2 Ah", count(2_000, unit: "mAh")),
    ParseCase("500 ml", count(0.5, unit: "L")),
    ParseCase("5 mW", count(0.005, unit: "W")),
    ParseCase("5 MW", count(5, unit: "MW")),  // not milliwatts: left as written
    ParseCase("30度", .text),  // degrees as often as kilowatt hours: not a unit here
    ParseCase("8 G", count(8, unit: "G")),  // not grams
    ParseCase("5 M", count(5, unit: "M")),  // not metres
]

/// Labels that are clearly labels, prose that must stay text, and look-alikes.
let labelAndProseCases: [ParseCase] = [
    ParseCase("冻结60天", duration(60 * Sec.day, label: "冻结")),
    ParseCase("3天审核", duration(3 * Sec.day, label: "审核")),
    ParseCase("审核5-10分钟", duration(5 * Sec.minute, 10 * Sec.minute, label: "审核")),
    ParseCase("冻结期：60天", duration(60 * Sec.day, label: "冻结期")),
    ParseCase("账户冻结期为60天", duration(60 * Sec.day, label: "账户冻结期")),
    ParseCase("冻结期约90天", duration(90 * Sec.day, approx: true, label: "冻结期")),
    ParseCase("1小时-2天审核", duration(Sec.hour, 2 * Sec.day, label: "审核")),
    ParseCase("最多支持3张", count(0, 3, .atMost, unit: "张", label: "支持")),
    ParseCase("60天（冻结）", duration(60 * Sec.day, label: "冻结")),
    ParseCase("24小时内到账", duration(0, 24 * Sec.hour, .atMost, label: "到账")),
    ParseCase("  15分钟  ", duration(15 * Sec.minute)),
    ParseCase("１５分钟", duration(15 * Sec.minute)),
    ParseCase("５～１０分钟", duration(5 * Sec.minute, 10 * Sec.minute)),
    // Traditional Chinese (Taiwan, Hong Kong): matched as Simplified, labels kept as written
    ParseCase("5分鐘", duration(5 * Sec.minute)),
    ParseCase("3-7個工作日", duration(3 * Sec.day, 7 * Sec.day, business: true)),
    ParseCase("2小時內", duration(0, 2 * Sec.hour, .atMost)),
    ParseCase("每週最多2次", rate(0, 2, per: Sec.week, .atMost, unit: "次")),
    ParseCase("至少3張", count(3, inf, .atLeast, unit: "张")),
    ParseCase("約15分鐘申請+60天凍結", .value(.duration, [
        term(15 * Sec.minute, approx: true, label: "申請"), term(60 * Sec.day, label: "凍結"),
    ])),
    ParseCase("無限制", .unlimited),
    ParseCase("無", .boolean(false)),
    ParseCase("支援", .boolean(true)),
    ParseCase("不支援", .boolean(false)),
    ParseCase("十分重要", .text),
    ParseCase("第3個", .text),  // ordinal, in either script
    ParseCase("٣٠", number(30)),  // Arabic-Indic digits
    ParseCase("۱۲ days", duration(12 * Sec.day)),  // Persian digits
    ParseCase("३ hours", duration(3 * Sec.hour)),  // Devanagari digits
    ParseCase("٣٫٥", number(3.5)),  // the Arabic decimal separator
    ParseCase("١٬٠٠٠", number(1000)),  // and thousands separator
    ParseCase("＞3天", duration(3 * Sec.day, inf, .atLeast)),
    // prose and look-alikes stay text
    ParseCase("3 days maybe", .text),
    ParseCase("5-10分钟审核通过后生效", .text),  // label too long: a sentence
    ParseCase("十分重要", .text),  // 十分 = "very"; no labels after CJK numerals
    ParseCase("第3天", .text),  // ordinal
    ParseCase("不支持3张", .text),  // negated label
    ParseCase("3D打印", .text),  // no labels after English units
    ParseCase("5G网络", .text),
    ParseCase("即时审核", .text),  // instant words take no label
    ParseCase("至少3-5天", .text),  // a bound on a range
    ParseCase("3天-5", .text),
    ParseCase("3张-5天", .text),  // mixed units
    ParseCase("3个工作日-5天", .text),  // business and calendar days
    ParseCase("3张+2次", .text),  // a sum of different units
    ParseCase("1+1", .text),  // sums need units
    ParseCase("2023年", .text),  // a year
    ParseCase("3月5日", .text),  // a date
    ParseCase("2024-01-01", .text),
    ParseCase("10:30", .text),
    ParseCase("3.5.1", .text),
    ParseCase("iPhone 15", .text),
    ParseCase("24/7", .text),
    ParseCase("一次性", .text),
    ParseCase("三方协议", .text),
    ParseCase("万一", .text),
    ParseCase("2h30m", .text),  // `m` is not a unit (minute or month?)
    ParseCase("3张（每日）", .text),
    ParseCase("两三天", .text),  // approximate CJK ranges are not supported
    ParseCase("几天", .text),
    ParseCase("several days", .text),
    ParseCase("预付3元/张", .text),
    ParseCase("每人3张", perSeat(count(3, unit: "张"))),  // per person: an allowance per seat
    ParseCase("约", .text),
    ParseCase("分钟", .text),
]
