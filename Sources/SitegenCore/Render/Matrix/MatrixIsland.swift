/// The data of one matrix as the script reads it from the page's JSON island
/// (`<script type="application/json" class="matrix-data">`): typed values,
/// canonical sort values, normalised scores, equality classes, default
/// scores, weight levels, constraints and the interface strings the script
/// announces with. Version 1; the script ignores an island of another version.
public struct MatrixIsland: Sendable, Hashable, Encodable {
    public var version = 1
    public var id: String
    public var lang: String
    public var options: [String]
    public var criteria: [Criterion]
    /// `cells[option][criterion]`, in table order.
    public var cells: [[Cell]]
    public var weights: [Level]
    public var defaultWeight: Int
    /// Overall score per option with default weights (nil: nothing scored).
    public var scores: [Double?]
    public var constraints: [Constraint]
    /// The interface strings whose keys start with `matrix`, without that prefix.
    public var strings: [String: String]
    static let stringPrefix = "matrix"

    public struct Criterion: Sendable, Hashable, Encodable {
        public var name: String
        public var type: String
        public var prefer: String
        public var scored: Bool
    }

    public struct Cell: Sendable, Hashable, Encodable {
        public var text: String
        public var dim: String
        public var lower: Double?
        public var upper: Double?
        /// Canonical sort value (category rank or lower bound).
        public var sort: Double?
        /// Normalised value 0…1 (1 best), nil when missing or not scored.
        public var norm: Double?
        /// Equality class within the criterion.
        public var eq: Int
    }

    public struct Level: Sendable, Hashable, Encodable {
        public var value: Int
        public var factor: Double
        public var label: String
    }

    public struct Constraint: Sendable, Hashable, Encodable {
        public var id: String
        public var label: String
        /// Option indexes the constraint rules out.
        public var excludes: [Int]
    }

    public init(table: DecisionTable, matrix: Matrix, scores: MatrixScores, lang: String, strings: [String: String]) {
        self.init(table: table, matrix: matrix, scores: scores, lang: lang, islandStrings: MatrixIslandStrings(from: strings))
    }

    /// With the island's strings already picked out (once per language and build).
    init(table: DecisionTable, matrix: Matrix, scores: MatrixScores, lang: String, islandStrings: MatrixIslandStrings) {
        id = table.id
        self.lang = lang
        options = matrix.options.map(\.name)
        criteria = zip(matrix.criteria, scores.criteria).map { criterion, scored in
            Criterion(name: criterion.name, type: criterion.field?.type.rawValue ?? "any",
                      prefer: criterion.field?.prefer.rawValue ?? "none", scored: scored.isScored)
        }
        cells = matrix.options.indices.map { option in
            zip(matrix.criteria, scores.criteria).map { criterion, scored in
                let cell = criterion.values[option]
                return Cell(text: cell.text, dim: cell.value.dimension.rawValue, lower: cell.value.canonical?.lower,
                            upper: cell.value.canonical?.upper, sort: scored.sortValues[option],
                            norm: scored.normalized[option], eq: scored.classes[option])
            }
        }
        weights = zip(MatrixWeight.allCases, islandStrings.weightLabels).map {
            Level(value: $0.rawValue, factor: $0.factor, label: $1)
        }
        defaultWeight = MatrixWeight.default.rawValue
        self.scores = matrix.options.indices.map { scores.score(option: $0, weights: scores.defaultWeights) }
        constraints = (table.annotation?.constraints ?? []).map { constraint in
            Constraint(id: constraint.id, label: constraint.label, excludes: constraint.excludedOptions(in: matrix))
        }
        strings = islandStrings.strings
    }
}
