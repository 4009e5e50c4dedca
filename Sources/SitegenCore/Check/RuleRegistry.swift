/// Every rule sitegen knows, in a stable order.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        // Structure
        TableColumnCount(),
        TableSwallowedParagraph(),
        TableMergedTables(),
        TableBlankHeader(),
        TableDuplicateHeader(),
        TableBlankRow(),
        TableDuplicateRow(),
        TableBlanksAround(),
        TableNotParsed(),
        TableAnnotationInvalid(),
        TableIDInvalid(),
        ListSwallowedParagraph(),
        HeadingLikeParagraph(),
        SuppressionInvalid(),
        SuppressionUnused(),
        // Types and schemas
        CellTypeMismatch(),
        CellConstraint(),
        ColumnMixedUnits(),
        RangeInverted(),
        NumberAmbiguous(),
        TableUniqueKey(),
        SchemaHeaderMismatch(),
        // References
        MatrixUnknownOption(),
        OptionOrphan(),
        LinkBroken(),
        LinkBrokenAnchor(),
        SlugDuplicate(),
        FrontMatterInvalid(),
        FrontMatterUnknownKey(),
        // Consistency
        FactConflict(),
        TranslationDrift(),
        // Decision tables
        RulesHitPolicy(),
        RulesEntryType(),
        RulesDuplicate(),
        RulesOverlap(),
        RulesConflict(),
        RulesShadowed(),
        RulesGap(),
    ]

    /// The hint for a name that is no rule: the closest rule name, or where the names are listed.
    public static func hint(forUnknown name: String) -> String {
        Suggestion.hint(for: name, in: all.map(\.descriptor.name)) ?? "'sitegen rules' lists the rules by name and id"
    }

    /// A rule by name or id.
    public static func rule(named nameOrID: String) -> (any Rule)? {
        all.first { $0.descriptor.name == nameOrID || $0.descriptor.id.lowercased() == nameOrID.lowercased() }
    }
}
