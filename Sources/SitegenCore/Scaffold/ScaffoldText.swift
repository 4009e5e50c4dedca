/// The words of a starter site in one language: everything `sitegen init` writes that a reader
/// reads (`Scaffold+Files` lays them out). Each language is one value (`ScaffoldText+…` files);
/// its matrix values must be typed values of that language, which the scaffold tests check.
struct ScaffoldText: Sendable {
    /// One row of the comparison matrix and one field of its schema.
    struct Criterion: Sendable {
        var name: String
        var type: ValueType
        var prefer: Preference
        var cloud: String
        var drive: String
    }

    /// The site's language tag (`language:` in `sitegen.yml`).
    var language: String
    var siteTitle: String
    var siteDescription: String
    /// Comment lines of `sitegen.yml`: what the file is, the language key, `base-url` (two lines)
    /// and the rule severities.
    var configIntro: String
    var configLanguage: String
    var configBaseURL: [String]
    var configRules: String

    var overviewDescription: String
    /// The overview's first paragraph, linking to `options/cloud-sync.md` and `options/external-drive.md`.
    var overviewIntro: String
    var comparisonHeading: String
    var caption: String
    /// Comment after `options: columns`.
    var optionsComment: String
    var optionLabel: String
    var constraintLabel: String
    var criterionHeader: String
    var cloud: String
    var drive: String
    var criteria: [Criterion]
    var closing: String

    var optionsTitle: String
    var optionsDescription: String
    var optionsBody: String

    var cloudDescription: String
    var cloudBody: String
    var requirementsHeading: String
    var requirementsCaption: String
    var requirementHeader: String
    var detailHeader: String
    var requirements: [(String, String)]

    var driveDescription: String
    var driveBody: String

    var schemaComment: String
    var schemaTitle: String
}
