/// A unit of digital information written after a number: `GB`, `MiB`, `Mbit`, `Mbps`.
struct DataWord: Sendable {
    /// Bytes in one of this unit (decimal prefixes are powers of 1000, binary ones of 1024; a bit,
    /// `Mbit`, `kilobits`, is an eighth of a byte).
    let bytes: Double
    /// Written per second (`Mbps`, `Гбит/с` is read as `Гбит` then `/с`): a data rate.
    let isPerSecond: Bool
    /// `kb`, `Mb`, `GB`: bytes, unless written with a capital prefix and a small `b` (`Mb`,
    /// `Gb`: bits, as in network speeds); all lower case (`gb`) is read as bytes.
    let caseDecidesBits: Bool
    /// `8G`, `1T`: only as a capital right after the digits (`8 g` is not a size).
    let isBareLetter: Bool
    /// The word is Chinese (`字节`): a Han label may then follow (`存储500字节`).
    let isChinese: Bool
    /// French `Go`, `To`, `Mo`, `Po`: only with a capital prefix (`5 to 10` is a range, `5 go` no size).
    var needsCapital = false
}

/// Units of digital information: sizes (`512 MB`, `16 GiB`, `8G`, `1 TB`) and data rates
/// (`100 Mbps`, `1 Gbit/s`, `12.5 MB/s`), read as bytes and bytes per second so that
/// `512 MB` < `2 GB` and `100 Mbps` = `12.5 MB/s`.
extension Lexicon {
    private static let dataPrefixes: [(letter: String, decimal: Double, binary: Double, name: String)] = [
        ("k", 1e3, 1_024, "kilo"), ("m", 1e6, 1_048_576, "mega"), ("g", 1e9, 1_073_741_824, "giga"),
        ("t", 1e12, 1_099_511_627_776, "tera"), ("p", 1e15, 1_125_899_906_842_624, "peta"),
    ]
    /// Russian prefixes (`КБ`, `Мбит`), with the decimal factor of the same position.
    private static let cyrillicPrefixes = ["к", "м", "г", "т", "п"]

    static let dataUnits: WordTable<DataWord> = {
        var entries: [(String, DataWord)] = []
        func add(_ words: [String], _ bytes: Double, bits: Bool = false, perSecond: Bool = false,
                 caseDecides: Bool = false, bare: Bool = false) {
            for word in words {
                entries.append((word, DataWord(
                    bytes: bits ? bytes / 8 : bytes, isPerSecond: perSecond, caseDecidesBits: caseDecides,
                    isBareLetter: bare, isChinese: word.unicodeScalars.contains { CharClass.isHan($0) })))
            }
        }
        add(["byte", "bytes", "字节", "байт", "байта", "байтов"], 1)
        add(["bit", "bits", "бит"], 1, bits: true)
        add(["bps"], 1, bits: true, perSecond: true)
        for (index, prefix) in dataPrefixes.enumerated() {
            let p = prefix.letter, cyrillic = cyrillicPrefixes[index]
            add(["\(p)b"], prefix.decimal, caseDecides: true)
            add(["\(p)byte", "\(p)bytes", "\(prefix.name)byte", "\(prefix.name)bytes", "\(cyrillic)б"], prefix.decimal)
            add(["\(p)ib", "\(p)ibyte", "\(p)ibytes"], prefix.binary)
            add(["\(p)bit", "\(p)bits", "\(prefix.name)bit", "\(prefix.name)bits", "\(cyrillic)бит"], prefix.decimal,
                bits: true)
            add(["\(p)bps"], prefix.decimal, bits: true, perSecond: true)
        }
        // French octets: `500 ko`, `10 Mo`, `5 Go`, `2 To` (the capital tells `Mo` from `mo`, a month,
        // and `To` from `to`); `octets` and their prefixed names.
        add(["octet", "octets", "октет"], 1)
        for (prefix, accented) in zip(dataPrefixes, ["kilo", "méga", "giga", "téra", "péta"]) {
            add(["\(prefix.name)octet", "\(prefix.name)octets", "\(accented)octet", "\(accented)octets"], prefix.decimal)
        }
        add(["ko"], 1e3)
        for (letter, bytes) in [("m", 1e6), ("g", 1e9), ("t", 1e12), ("p", 1e15)] {
            entries.append(("\(letter)o", DataWord(bytes: bytes, isPerSecond: false, caseDecidesBits: false,
                                                    isBareLetter: false, isChinese: false, needsCapital: true)))
        }
        add(["g"], 1e9, bare: true)
        add(["t"], 1e12, bare: true)
        return WordTable(entries)
    }()

    /// Whether a schema's `unit:` names a unit of data (`GB`, `MiB`, `Mbps`).
    static func isDataUnit(_ unit: String) -> Bool {
        let folded = ScannedText(unit.trimmingWhitespace()).folded
        guard let (_, end) = dataUnits.match(folded, at: 0) else { return false }
        return end == folded.count
    }
}

extension CellScanner {
    /// A unit of data at the cursor (`GB`, `Mbit`, `Mbps`; `G`, `T` only right after the digits,
    /// `adjacent`, and as capitals). Nil leaves the cursor unmoved.
    mutating func takeDataUnit(adjacent: Bool) -> DataWord? {
        guard let (word, end) = Lexicon.dataUnits.match(s, at: i) else { return nil }
        let first = text.display[i]
        if word.isBareLetter {
            guard adjacent, first.properties.isUppercase else { return nil }
        }
        if word.needsCapital, !first.properties.isUppercase || text.display[i + 1].properties.isUppercase { return nil }
        i = end
        if word.caseDecidesBits, text.display[end - 1] == "b", first.properties.isUppercase {
            return DataWord(bytes: word.bytes / 8, isPerSecond: false, caseDecidesBits: false,
                            isBareLetter: false, isChinese: false)
        }
        return word
    }
}
