/// The dates `sitemap.xml` accepts (W3C Date and Time Formats): a day, `2026-01-31`, or a day
/// with a time and its zone, `2026-01-31T09:30Z`, `2026-01-31T09:30:15.5+08:00`.
enum W3CDate {
    static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, range.allSatisfy({ (0x30...0x39).contains(bytes[$0]) }) else { return nil }
            return range.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
        }
        func byte(_ index: Int, _ character: Character) -> Bool { index < bytes.count && bytes[index] == character.asciiValue }
        guard let year = number(0..<4), byte(4, "-"), let month = number(5..<7), byte(7, "-"),
              let day = number(8..<10), (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return false }
        if bytes.count == 10 { return true }
        // T hh:mm [:ss [.fraction]] then Z or ±hh:mm
        guard byte(10, "T"), let hour = number(11..<13), byte(13, ":"), let minute = number(14..<16),
              hour < 24, minute < 60 else { return false }
        var index = 16
        if byte(index, ":") {
            guard let second = number(index + 1..<index + 3), second < 60 else { return false }
            index += 3
            if byte(index, ".") {
                index += 1
                let start = index
                while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
                guard index > start else { return false }
            }
        }
        if byte(index, "Z") { return index + 1 == bytes.count }
        guard byte(index, "+") || byte(index, "-"), let zoneHour = number(index + 1..<index + 3), byte(index + 3, ":"),
              let zoneMinute = number(index + 4..<index + 6), zoneHour < 24, zoneMinute < 60 else { return false }
        return index + 6 == bytes.count
    }
}
