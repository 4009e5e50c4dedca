/// The words one language uses around typed values, beyond Chinese and English (whose words
/// the lexicons hold themselves). Every list is matched after folding (`ScannedText`: lower
/// case, Traditional → Simplified), so words are written as the language writes them.
///
/// A word belongs to every page whatever its language: the lists are merged into the
/// lexicons' tables, so a word must not mean something else in another supported language
/// where it could stand (words that would, such as Spanish `a` between two numbers, go in
/// `rangeAndAfterStart`, which only counts after a range's first word).
struct LanguageWords: Sendable {
    /// BCP 47 language subtag: a page in this language gets `examples` in its hints.
    var language: String
    /// The language's English name, for hints.
    var name: String
    var seconds: [String] = []
    var minutes: [String] = []
    var hours: [String] = []
    var days: [String] = []
    var weeks: [String] = []
    var months: [String] = []
    var years: [String] = []
    /// Business days (`Werktage`, `jours ouvrés`).
    var businessDays: [String] = []
    /// Unit words that after a number may also name a date (`2023 год` is the year 2023,
    /// Korean `5일` the 5th): a 4-digit year before them makes the cell a date, and they never
    /// continue a compound duration. Each is also in one of the unit lists.
    var calendarWords: [String] = []
    /// A number of occurrences (`3 Mal`, `3 fois`): counted as English `times`.
    var times: [String] = []
    /// Whole cells meaning yes, no, unlimited, or no wait at all.
    var yes: [String] = []
    var no: [String] = []
    var unlimited: [String] = []
    var instant: [String] = []
    /// Before a value: `etwa 5 Tage`; after: `3 jours environ`.
    var approximately: [String] = []
    var approximatelyAfter: [String] = []
    var atLeast: [String] = []
    var atLeastAfter: [String] = []
    var atMost: [String] = []
    var atMostAfter: [String] = []
    /// Opens a range: `zwischen`, `de`, `от`.
    var rangeStart: [String] = []
    /// Between a range's ends anywhere (`3 bis 5`) or only after `rangeStart` (`entre 3 et 5`).
    var rangeTo: [String] = []
    var rangeAndAfterStart: [String] = []
    /// Between a count and its period (`3 pro Tag`), and before a period (`jeden Tag`).
    var per: [String] = []
    var every: [String] = []
    /// One-word periods: `täglich` = per day.
    var hourly: [String] = []
    var daily: [String] = []
    var weekly: [String] = []
    var monthly: [String] = []
    var yearly: [String] = []
    /// Counting words after a number, as Chinese measure words (`3개`).
    var counters: [String] = []
    /// A period right before a count makes it a rate: Japanese `週2回`, Korean `주 2회`.
    var periodsBeforeCount: [(String, TimeUnit)] = []
    /// Who a price or an allowance is for, after `/` or a word for "per" (`pro Nutzer`,
    /// `par utilisateur`): the value is then per seat.
    var seats: [String] = []
    /// The same with its own "per" before or after it (`за пользователя`, `ユーザーあたり`).
    var perSeat: [String] = []
    /// Cells of each type written in the language, for the hint of a cell that is not one.
    var examples: [ValueType: String] = [:]
}

extension LanguageWords {
    /// Words that qualify or connect values rather than count something.
    var functionWords: [String] {
        approximately + approximatelyAfter + atLeast + atLeastAfter + atMost + atMostAfter + rangeStart + rangeTo
            + rangeAndAfterStart + per + every + hourly + daily + weekly + monthly + yearly + instant
    }

    /// One-word periods with their unit.
    var periodAdverbs: [(String, TimeUnit)] {
        var words: [(String, TimeUnit)] = []
        for (list, unit) in [(hourly, TimeUnit.hour), (daily, .day), (weekly, .week), (monthly, .month),
                             (yearly, .year)] {
            words += list.map { ($0, unit) }
        }
        return words
    }

    /// Range separators; true for those that count only after `rangeStart`.
    var rangeSeparators: [(String, Bool)] {
        rangeTo.map { ($0, false) } + rangeAndAfterStart.map { ($0, true) }
    }
}
