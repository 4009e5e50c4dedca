/// How single values read, without a site: `sitegen inspect --value 5-10分钟 --value "512 MB"`.
public enum ValueInspection {
    /// A line per value, aligned: the text and its meaning, or, given a `type` the value does not
    /// fit, the error and its hint (in examples of `language` where the catalogue has them).
    /// `failed` counts the values that do not fit.
    public static func report(_ values: [String], as type: ValueType?, language: String?) -> (text: String, failed: Int) {
        let quoted = values.map { "'\($0)'" }
        let width = quoted.map(DisplayWidth.of).max() ?? 0
        var text = "", failed = 0
        for (value, label) in zip(values, quoted) {
            let start = DisplayWidth.padded(label, to: width) + "  "
            switch type.map({ ValueParser.parse(value, as: $0, language: language) }) ?? .success(ValueParser.parse(value, convention: NumberConvention(language: language))) {
            case .success(let parsed):
                text += start + parsed.description + "\n"
            case .failure(let error):
                failed += 1
                text += start + "error: " + error.message + "\n"
                text += String(repeating: " ", count: width + 2) + "hint: " + error.hint + "\n"
            }
        }
        return (text, failed)
    }
}
