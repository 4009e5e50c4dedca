/// The author's declaration of a table's meaning, written as an HTML comment
/// right before the table so the file stays plain GFM:
///
/// ```markdown
/// <!-- sitegen:table {id: comparison, kind: matrix, options: columns, schema: methods} -->
/// | 评估维度 | 注销账户 | 解绑银行卡 |
/// ```
public struct TableAnnotation: Sendable, Hashable {
    public var id: String?
    public var kind: TableKind = .plain
    public var caption: String?
    /// Name of a schema file in the schemas folder (without `.yml`).
    public var schemaName: String?
    /// A schema written inline in the annotation.
    public var inlineSchema: TableSchema?
    public var optionsAxis: MatrixAxis = .columns
    /// Decision tables: the DMN hit policy (`U`, `A`, `P`, `F`, `R`, `O`, `C`, `C+`, `C<`, `C>`, `C#`).
    public var hitPolicy: String?
    /// Decision tables: how many leading columns are inputs (the rest are outputs).
    public var inputCount: Int?
    /// Requirements tables: the key column (defaults to the first).
    public var keyColumn: String?
    /// Matrices: hard constraints a reader can switch on to exclude options.
    public var constraints: [MatrixConstraint] = []
    /// Matrices: what the options are called, shown over the option column (`方式`).
    public var optionLabel: String?
    /// Where the comment is.
    public var range: SourceRange
    /// The full annotation as written, for rules that read extra keys.
    public var raw: YAMLValue?

    public init(range: SourceRange) {
        self.range = range
    }

    /// Every key an annotation understands.
    public static let knownKeys: [String] = [
        "id", "kind", "caption", "schema", "options", "option-label", "hit-policy", "inputs", "key", "constraints",
    ]
}

/// "I must keep my account": a reader's hard requirement that rules options out, by name
/// (`excludes`) or by the matrix's own values (`requires`), so it cannot drift from them.
public struct MatrixConstraint: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    /// Options this constraint excludes when switched on.
    public var excludes: [String]
    /// Where each of `excludes` is written (empty for a constraint made in code).
    public var excludePositions: [SourcePosition]
    /// Tests on the options' values, criterion by criterion (`操作耗时: "<= 1天"`, `Off-site copy:
    /// yes`): an option whose value does not pass every test is excluded too.
    public var requires: [MatrixRequirement]
    /// Where the constraint is written (its item in the annotation).
    public var position: SourcePosition?

    public init(id: String, label: String, excludes: [String], excludePositions: [SourcePosition] = [],
                requires: [MatrixRequirement] = [], position: SourcePosition? = nil) {
        self.id = id
        self.label = label
        self.excludes = excludes
        self.excludePositions = excludePositions
        self.requires = requires
        self.position = position
    }

    /// Every key a constraint understands.
    public static let knownKeys = ["id", "label", "excludes", "requires"]
}

/// One test of a constraint's `requires`: a criterion of the matrix and an entry in the grammar of
/// decision-table inputs (`<= 1 hour`, `[1..5]`, `yes`, `not(高)`).
public struct MatrixRequirement: Sendable, Hashable, Codable {
    public var criterion: String
    public var test: String
    /// Where the test is written.
    public var position: SourcePosition?

    public init(criterion: String, test: String, position: SourcePosition? = nil) {
        self.criterion = criterion
        self.test = test
        self.position = position
    }
}
