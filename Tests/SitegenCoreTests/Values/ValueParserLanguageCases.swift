@testable import SitegenCore

/// Cells written in the languages of `LanguageWords.catalogue` (beyond Chinese and English).
let otherLanguageCases: [ParseCase] = [
    // German
    ParseCase("3 Tage", duration(3 * Sec.day)),
    ParseCase("2-3 Stunden", duration(2 * Sec.hour, 3 * Sec.hour)),
    ParseCase("5 Minuten", duration(5 * Sec.minute)),
    ParseCase("1 Std. 30 Min.", duration(Sec.hour + 30 * Sec.minute)),
    ParseCase("3 bis 5 Werktage", duration(3 * Sec.day, 5 * Sec.day, business: true)),
    ParseCase("zwischen 2 und 4 Wochen", duration(2 * Sec.week, 4 * Sec.week)),
    ParseCase("ca. 2 Monate", duration(2 * Sec.month, approx: true)),
    ParseCase("mindestens 1 Jahr", duration(Sec.year, inf, .atLeast)),
    ParseCase("bis zu 10 Tagen", duration(0, 10 * Sec.day, .atMost)),
    ParseCase("3 Mal pro Woche", rate(3, per: Sec.week, unit: "time")),
    ParseCase("täglich", rate(1, per: Sec.day)),
    ParseCase("JA", .boolean(true)),
    ParseCase("Nein", .boolean(false)),
    ParseCase("unbegrenzt", .unlimited),
    ParseCase("sofort", instant),
    ParseCase("3 Dateien", count(3, unit: "Dateien")),
    // French
    ParseCase("3 jours", duration(3 * Sec.day)),
    ParseCase("de 3 à 5 jours ouvrés", duration(3 * Sec.day, 5 * Sec.day, business: true)),
    ParseCase("2 heures environ", duration(2 * Sec.hour, approx: true)),
    ParseCase("1 an", duration(Sec.year)),
    ParseCase("2 ans", duration(2 * Sec.year)),
    ParseCase("au moins 6 mois", duration(6 * Sec.month, inf, .atLeast)),
    ParseCase("2 fois par semaine", rate(2, per: Sec.week, unit: "time")),
    ParseCase("Oui", .boolean(true)),
    ParseCase("illimité", .unlimited),
    ParseCase("immédiatement", instant),
    // Spanish
    ParseCase("3 días", duration(3 * Sec.day)),
    ParseCase("3 di\u{301}as", duration(3 * Sec.day)),  // decomposed accent
    ParseCase("de 3 a 5 días hábiles", duration(3 * Sec.day, 5 * Sec.day, business: true)),
    ParseCase("entre 2 y 4 semanas", duration(2 * Sec.week, 4 * Sec.week)),
    ParseCase("hasta 48 horas", duration(0, 48 * Sec.hour, .atMost)),
    ParseCase("2 veces al día", rate(2, per: Sec.day, unit: "time")),
    ParseCase("Sí", .boolean(true)),
    ParseCase("ilimitado", .unlimited),
    // Portuguese
    ParseCase("5 dias úteis", duration(5 * Sec.day, business: true)),
    ParseCase("até 2 meses", duration(0, 2 * Sec.month, .atMost)),
    ParseCase("Não", .boolean(false)),
    // Italian
    ParseCase("3 giorni lavorativi", duration(3 * Sec.day, business: true)),
    ParseCase("da 2 a 4 ore", duration(2 * Sec.hour, 4 * Sec.hour)),
    ParseCase("1 settimana circa", duration(Sec.week, approx: true)),
    ParseCase("3 volte a settimana", rate(3, per: Sec.week, unit: "time")),
    // Russian
    ParseCase("3 дня", duration(3 * Sec.day)),
    ParseCase("5 Дней", duration(5 * Sec.day)),
    ParseCase("от 3 до 5 рабочих дней", duration(3 * Sec.day, 5 * Sec.day, business: true)),
    ParseCase("не более 2 часов", duration(0, 2 * Sec.hour, .atMost)),
    ParseCase("около 10 минут", duration(10 * Sec.minute, approx: true)),
    ParseCase("2 раза в неделю", rate(2, per: Sec.week, unit: "time")),
    ParseCase("ежедневно", rate(1, per: Sec.day)),
    ParseCase("1 год", duration(Sec.year)),
    ParseCase("2023 год", .text),  // a year, not a duration
    ParseCase("Да", .boolean(true)),
    ParseCase("без ограничений", .unlimited),
    // Japanese
    ParseCase("3日間", duration(3 * Sec.day)),
    ParseCase("2時間", duration(2 * Sec.hour)),
    ParseCase("2時間半", duration(2.5 * Sec.hour)),
    ParseCase("1週間", duration(Sec.week)),
    ParseCase("3ヶ月", duration(3 * Sec.month)),
    ParseCase("3〜5営業日", duration(3 * Sec.day, 5 * Sec.day, business: true)),
    ParseCase("30分程度", duration(30 * Sec.minute, approx: true)),
    ParseCase("最大7日", duration(0, 7 * Sec.day, .atMost)),
    ParseCase("はい", .boolean(true)),
    ParseCase("なし", .boolean(false)),
    ParseCase("○", .boolean(true)),
    ParseCase("無制限", .unlimited),
    ParseCase("週2回", rate(2, per: Sec.week, unit: "回")),
    ParseCase("毎日3回", rate(3, per: Sec.day, unit: "回")),
    ParseCase("年费3元", rate(3, per: Sec.year, unit: "CNY")),  // Chinese: an annual fee, not the Japanese 年 before a count
    ParseCase("月額1,000円", rate(1_000, per: Sec.monthRate, unit: "JPY")),
    ParseCase("年額12,000円", rate(12_000, per: Sec.year, unit: "JPY")),
    ParseCase("月500円", rate(500, per: Sec.monthRate, unit: "JPY")),  // a price after a period before a count
    ParseCase("월 10,000원", rate(10_000, per: Sec.monthRate, unit: "KRW")),
    ParseCase("월정액 9,900원", rate(9_900, per: Sec.monthRate, unit: "KRW")),
    ParseCase("周三10元", .text),  // Wednesday's price, not ten yuan three a week
    ParseCase("周三", .text),  // Wednesday, not three a week
    ParseCase("可能", .text),  // Chinese "maybe", though Japanese 可能 is "possible"
    ParseCase("SI", .text),
    ParseCase("3年間", duration(3 * Sec.year)),
    ParseCase("1990年間", .text),
    ParseCase("周一至周五", .text),
    ParseCase("周两天", duration(2 * Sec.day, label: "周")),  // read as before: a label, no period
    ParseCase("年3分钟", duration(3 * Sec.minute, label: "年")),
    ParseCase("週3日", duration(3 * Sec.day, label: "週")),  // as 周3天 always read
    ParseCase("月3次", rate(3, per: Sec.monthRate, unit: "次")),
    // Korean
    ParseCase("3일", duration(3 * Sec.day)),
    ParseCase("2시간", duration(2 * Sec.hour)),
    ParseCase("3~5 영업일", duration(3 * Sec.day, 5 * Sec.day, business: true)),
    ParseCase("6개월 이상", duration(6 * Sec.month, inf, .atLeast)),
    ParseCase("7일 이내", duration(0, 7 * Sec.day, .atMost)),
    ParseCase("주 2회", rate(2, per: Sec.week, unit: "time")),
    ParseCase("매주 2회", rate(2, per: Sec.week, unit: "time")),
    ParseCase("3월", .text),  // March, not three a month
    ParseCase("3개", count(3, unit: "개")),
    ParseCase("2023년", .text),  // a year
    ParseCase("예", .boolean(true)),
    ParseCase("무제한", .unlimited),
    // Arabic (Arabic-Indic digits, vowel marks)
    ParseCase("٣ أيام", duration(3 * Sec.day)),
    ParseCase("من 3 إلى 5 أيام عمل", duration(3 * Sec.day, 5 * Sec.day, business: true)),
    ParseCase("ساعتان", .text),  // dual: the number is in the word; not read
    ParseCase("حوالي ١٠ دقائق", duration(10 * Sec.minute, approx: true)),
    ParseCase("مرتين", .text),
    ParseCase("3 مرات في الأسبوع", rate(3, per: Sec.week, unit: "time")),
    ParseCase("فوراً", instant),
    ParseCase("نعم", .boolean(true)),
    ParseCase("غير محدود", .unlimited),
    // Words of one language that must not change another's cells
    ParseCase("2 an hour", rate(2, per: Sec.hour)),  // English article, not French `an` (year)
    ParseCase("a 3", .text),
    ParseCase("Tagesgeld 3", .text),  // `Tag` only on a word boundary
    ParseCase("3 Tageskarten", count(3, unit: "Tageskarten")),
    ParseCase("3 минутах", count(3, unit: "минутах")),  // not `минут` + `ах`
]
