/// Units of measure written with a metric prefix: `980 g` and `1.2 kg` are amounts of one unit
/// (grams), so they compare, sort and stay in one column without a mixed-units finding.
extension Lexicon {
    /// A counted word's unit and factor: `kg` → (`g`, 1000). Exact spelling first (`mW` is not
    /// `MW`), then lower case for the words whose case does not matter (`ghz`, `KM`).
    static func scaledUnit(_ word: String) -> (unit: String, factor: Double)? {
        if let exact = scaledUnits[word] { return exact }
        let lower = word.lowercased()
        guard let folded = scaledUnits[lower], !caseSensitive.contains(lower) else { return nil }
        return folded
    }

    private static let caseSensitive: Set<String> = ["g", "m", "mw", "w", "kw", "l", "ml"]

    private static let scaledUnits: [String: (unit: String, factor: Double)] = {
        var table: [String: (unit: String, factor: Double)] = [:]
        func add(_ unit: String, _ words: [(String, Double)]) {
            for (word, factor) in words { table[word] = (unit, factor) }
        }
        add("g", [("mg", 0.001), ("g", 1), ("kg", 1_000), ("毫克", 0.001), ("克", 1), ("千克", 1_000), ("公斤", 1_000)])
        add("m", [("mm", 0.001), ("cm", 0.01), ("m", 1), ("km", 1_000),
                  ("毫米", 0.001), ("厘米", 0.01), ("米", 1), ("公里", 1_000), ("千米", 1_000)])
        add("Hz", [("hz", 1), ("khz", 1e3), ("mhz", 1e6), ("ghz", 1e9), ("Hz", 1), ("kHz", 1e3), ("MHz", 1e6), ("GHz", 1e9),
                   ("赫兹", 1), ("千赫", 1e3), ("兆赫", 1e6)])
        add("W", [("mW", 0.001), ("W", 1), ("kW", 1_000), ("瓦", 1), ("千瓦", 1_000)])
        add("mAh", [("mAh", 1), ("mah", 1), ("Ah", 1_000), ("ah", 1_000)])
        add("Wh", [("Wh", 1), ("wh", 1), ("kWh", 1_000), ("kwh", 1_000)])
        add("L", [("mL", 0.001), ("ml", 0.001), ("L", 1), ("l", 1), ("毫升", 0.001), ("升", 1)])
        return table
    }()

    /// The Chinese words above, as measure words after a number (`500克`, `1.2公斤`, `5公里`).
    static let chineseScaledUnitWords = ["毫克", "克", "千克", "公斤", "毫米", "厘米", "米", "公里", "千米",
                                         "赫兹", "千赫", "兆赫", "瓦", "千瓦", "毫升", "升"]
}
