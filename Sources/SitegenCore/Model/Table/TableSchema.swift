import Foundation

/// A reusable description of a table's columns (or a matrix's criteria), in
/// the spirit of Frictionless Table Schema, written in YAML.
public struct TableSchema: Sendable, Hashable {
    public var name: String
    public var title: String?
    public var fields: [FieldSchema]
    /// The column whose values must be unique (the key of each row).
    public var primaryKey: String?
    /// Cell texts that mean "no value".
    public var missingValues: [String] = Self.defaultMissingValues {
        didSet {
            missingValuesAreSurelyNFC = missingValues.allSatisfy(\.isSurelyNFC)
            missingValueMaximumBytes = Self.equivalentMaximumBytes(missingValues)
        }
    }
    /// No text of more UTF-8 bytes is canonically equivalent to a missing value, so most cells
    /// are told apart by their length alone (the defaults: one scalar each, 4 bytes).
    private(set) var missingValueMaximumBytes = 4
    /// Whether every missing value is surely NFC (``String/isSurelyNFC``), so that a cell can
    /// be compared with them by bytes; found once, not for every cell. (`TextKey`s compare the
    /// same way but cost twice as much here, measured: they copy both strings per comparison.)
    private(set) var missingValuesAreSurelyNFC = true
    /// The texts that mean "no value" in a table without a schema, and by default in one with.
    public static let defaultMissingValues = ["", "-", "—"]
    /// The file the schema came from, relative to the site root (nil when inline).
    public var file: String?

    /// Whether a cell's text means "no value": one of `missingValues` (canonical equivalents
    /// included), compared by bytes while both sides are surely NFC.
    public func isMissing(_ text: String) -> Bool {
        guard text.utf8.count <= missingValueMaximumBytes else { return false }
        guard missingValuesAreSurelyNFC, text.isSurelyNFC else { return missingValues.contains(text) }
        let count = text.utf8.count
        return missingValues.contains { $0.utf8.count == count && $0.utf8.elementsEqual(text.utf8) }
    }

    /// The most UTF-8 bytes a text canonically equivalent to one of `texts` can have: equivalent
    /// texts share one canonical decomposition, every scalar of a text decomposes to at least one
    /// scalar of it, and a scalar takes at most 4 bytes.
    static func equivalentMaximumBytes(_ texts: [String]) -> Int {
        4 * (texts.map { $0.decomposedStringWithCanonicalMapping.unicodeScalars.count }.max() ?? 0)
    }

    public init(name: String, fields: [FieldSchema] = []) {
        self.name = name
        self.fields = fields
    }

    public func field(named name: String) -> FieldSchema? {
        fields.first { $0.name == name || $0.aliases.contains(name) }
    }
}

/// Which values are better, for marking the best value and scoring options.
public enum Preference: String, Sendable, Hashable, Codable, CaseIterable {
    case none, lower, higher
}

public struct FieldSchema: Sendable, Hashable {
    public var name: String
    /// Other header texts that mean this field.
    public var aliases: [String] = []
    public var title: String?
    public var description: String?
    public var type: ValueType = .any
    /// Expected unit word for counts and rates (`张`, `次`), or the currency of amounts of money
    /// (`CNY`, `元`, `$`); cell-constraint reports a cell in another.
    public var unit: String?
    /// What every value is for (`per: seat`, `per: GB`, `per: host`, `per: request`, `per: token`,
    /// `per: whole`); cell-constraint reports a cell on another basis. Nil: undeclared.
    public var per: QuantityBasis?
    public var prefer: Preference = .none
    /// Ordered categories, from lowest to highest rank.
    public var categories: [String] = []
    public var constraints = FieldConstraints()
    public var position: SourcePosition?

    public init(name: String, type: ValueType = .any) {
        self.name = name
        self.type = type
    }

    /// The rank of a category value (0-based), nil when not a declared category.
    public func rank(of text: String) -> Int? {
        categories.firstIndex(of: text)
    }
}

public struct FieldConstraints: Sendable, Hashable {
    public var required: Bool = false
    public var unique: Bool = false
    public var enumValues: [String]?
    public var pattern: String?
    /// Bounds in canonical units (seconds, bytes, per second …).
    public var minimum: Double?
    public var maximum: Double?
    /// The bounds as written when they are values rather than plain numbers (`2 hours`, `16 GB`).
    public var minimumText: String?
    public var maximumText: String?
    /// The bounds' typed values when written as values: their currency and whether they are per
    /// seat must be the cell's for the numbers to compare (`maximum: $20/user/month`).
    public var minimumValue: BoundValue?
    public var maximumValue: BoundValue?
    public var minLength: Int?
    public var maxLength: Int?

    public init() {}

    /// Whether one cell can break any of these (`unique` is the column's, across rows).
    var limitsCells: Bool {
        required || enumValues != nil || pattern != nil || minimum != nil || maximum != nil || minLength != nil
            || maxLength != nil
    }
}

/// A bound's typed value, in a box: a field is copied with the cells and criteria that read it, and
/// a cell value inline would make every field (bounds or not) a hundred bytes bigger.
public indirect enum BoundValue: Sendable, Hashable {
    case value(CellValue)

    public var value: CellValue {
        switch self { case .value(let value): return value }
    }
}
