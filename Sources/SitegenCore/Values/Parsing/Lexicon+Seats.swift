/// Prices and allowances per user or seat: `$10/user/month`, `$8 per seat`, `每人每月10元`,
/// `10元/人/月`, `5 GB per user`. Such a value compares only with other values per seat: a flat
/// `$100/month` is another kind of price (how many seats make it cheaper is the reader's sum).
extension Lexicon {
    /// Who a value is for, after `/`, `per`, `每` or a language's word for "per".
    static let seatWords = WordTable<Bool>((englishSeats + chineseSeats
        + LanguageWords.catalogue.flatMap(\.seats)).map { ($0, true) })

    /// Phrases that carry their own "per" (`за пользователя`, `인당`).
    static let perSeatPhrases = WordTable<Bool>(LanguageWords.catalogue.flatMap(\.perSeat).map { ($0, true) })

    private static let englishSeats = [
        "user", "users", "active user", "seat", "seats", "member", "members", "person", "agent", "agents",
        "editor", "editors", "license", "licence",
    ]

    /// Not 账号/账户: `每账户每天3次` limits an account, which is not a seat bought.
    private static let chineseSeats = [
        "人", "用户", "位用户", "个用户", "名用户", "席位", "个席位", "成员", "位成员", "名成员", "坐席", "个坐席",
    ]
}
