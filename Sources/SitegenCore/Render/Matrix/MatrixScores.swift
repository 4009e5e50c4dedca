/// The scoring of a comparison matrix, computed at build time and embedded
/// in the page so the script only re-weights.
///
/// Each scored criterion's values are normalised to 0…1 (1 = best) by the
/// schema's `prefer` (lower/higher is better; ordered categories by rank),
/// linearly between the worst and best value in the table. An option's
/// overall score is the weighted mean of its normalised values over the
/// scored criteria with a non-zero weight; a missing value counts as 0.
/// Criteria without a direction, or without two comparable values (values
/// of one kind, amounts of money in one currency), contribute nothing.
public struct MatrixScores: Sendable, Hashable {
    public struct Criterion: Sendable, Hashable {
        /// True when the criterion has a direction and at least two comparable values.
        public var isScored: Bool
        /// Canonical sort value per option (nil: empty, text, or not a declared category).
        public var sortValues: [Double?]
        /// Normalised value per option, 0…1 with 1 best; nil when missing or not scored.
        public var normalized: [Double?]
        /// Equality class per option: options whose values mean the same share a number.
        public var classes: [Int]
    }

    public var criteria: [Criterion]
    public var optionCount: Int

    public init(_ matrix: Matrix) {
        optionCount = matrix.options.count
        criteria = matrix.criteria.map { Self.criterion($0, optionCount: matrix.options.count) }
    }

    /// The options holding the best value of a criterion among `shown`
    /// options: empty when the criterion is not scored or all shown values are equal.
    public func best(criterion: Int, among shown: [Int]) -> [Int] {
        let values = shown.compactMap { option in criteria[criterion].normalized[option].map { (option, $0) } }
        guard let top = values.map(\.1).max(), let bottom = values.map(\.1).min(), top - bottom > 1e-9 else { return [] }
        return values.filter { top - $0.1 <= 1e-9 }.map(\.0)
    }

    /// The overall score (0…1) of an option, nil when no scored criterion has weight.
    public func score(option: Int, weights: [MatrixWeight]) -> Double? {
        var total = 0.0, sum = 0.0
        for (index, criterion) in criteria.enumerated() where criterion.isScored {
            let factor = (index < weights.count ? weights[index] : .default).factor
            guard factor > 0 else { continue }
            total += factor
            sum += factor * (criterion.normalized[option] ?? 0)
        }
        return total > 0 ? sum / total : nil
    }

    /// Weights with every criterion at the default level.
    public var defaultWeights: [MatrixWeight] { Array(repeating: .default, count: criteria.count) }

    /// True when at least one criterion is scored.
    public var isScored: Bool { criteria.contains { $0.isScored } }

    /// Option indexes by score, best first; ties and unscored options keep their order.
    public func ranking(weights: [MatrixWeight]) -> [Int] {
        let scores = (0..<optionCount).map { score(option: $0, weights: weights) ?? -1 }
        return (0..<optionCount).sorted { a, b in scores[a] != scores[b] ? scores[a] > scores[b] : a < b }
    }

    static func criterion(_ criterion: Matrix.Criterion, optionCount: Int) -> Criterion {
        // Read in place: copying each cell (or the field) retains every string it holds.
        let values = criterion.values
        let count = min(optionCount, values.count)
        var sortValues = [Double?](repeating: nil, count: optionCount)
        var dimension: ValueDimension?, oneDimension = true
        var currency: String?  // amounts in two currencies compare only at an exchange rate
        var basis: QuantityBasis?  // a price per seat (or GB …) and a flat one compare only for a number of seats
        for option in 0..<count {
            sortValues[option] = MatrixSortKey.value(of: values[option], field: criterion.field)
            let value = values[option].value
            guard value.sortValue != nil, value.dimension != .none, !value.isFree else { continue }
            if dimension == nil { dimension = value.dimension } else if dimension != value.dimension { oneDimension = false }
            if basis == nil { basis = value.basis } else if basis != value.basis { oneDimension = false }
            if let code = value.unit, Lexicon.currencyCodes.contains(code) {
                if currency == nil { currency = code } else if currency != code { oneDimension = false }
            }
        }
        let classes = equalityClasses(values, optionCount: optionCount, field: criterion.field)
        let prefer = criterion.field?.prefer ?? .none
        let categorical = !(criterion.field?.categories.isEmpty ?? true)
        let comparable = prefer != .none && sortValues.lazy.compactMap { $0 }.count >= 2 && (categorical || oneDimension)
        let normalized = comparable ? normalize(sortValues, prefer: prefer) : sortValues.map { _ in nil }
        return Criterion(isScored: comparable, sortValues: sortValues, normalized: normalized, classes: classes)
    }

    /// Linear normalisation between the worst and best value. Infinite values
    /// ("unlimited") are placed one step beyond the finite extremes, so they
    /// rank past every finite value without flattening the others.
    static func normalize(_ values: [Double?], prefer: Preference) -> [Double?] {
        let finite = values.compactMap { $0 }.filter(\.isFinite)
        let low = finite.min() ?? 0, high = finite.max() ?? 0
        // (Relative, not a fixed floor: a price per byte per second is about 1e-17.)
        let spread = max(high - low, abs(high), abs(low))
        let gap = spread > 0 ? spread : 1
        let mapped = values.map { value -> Double? in
            guard let value else { return nil }
            if value == .infinity { return high + gap }
            if value == -.infinity { return low - gap }
            return value
        }
        let present = mapped.compactMap { $0 }
        guard let bottom = present.min(), let top = present.max(), top > bottom else {
            return mapped.map { $0 == nil ? nil : 1 }
        }
        return mapped.map { value in
            value.map { prefer == .lower ? (top - $0) / (top - bottom) : ($0 - bottom) / (top - bottom) }
        }
    }

    /// Numbers the distinct values of a criterion: equal numbers mean equal
    /// meaning (same category, or equivalent typed values such as `5-10分钟`
    /// and `5~10 min`).
    static func equalityClasses(_ cells: [TableCell], optionCount: Int, field: FieldSchema?) -> [Int] {
        var representatives: [Int] = []  // the first option of each class
        return (0..<optionCount).map { option in
            if let index = representatives.firstIndex(where: { same($0, option, in: cells, field: field) }) { return index }
            representatives.append(option)
            return representatives.count - 1
        }
    }

    /// Whether two options' cells mean the same (an option past the cells has none; two such are the same).
    static func same(_ a: Int, _ b: Int, in cells: [TableCell], field: FieldSchema?) -> Bool {
        guard a < cells.count, b < cells.count else { return a >= cells.count && b >= cells.count }
        if field?.categories.isEmpty == false, let ra = field?.rank(of: cells[a].text), let rb = field?.rank(of: cells[b].text) {
            return ra == rb
        }
        return cells[a].value.isEquivalent(to: cells[b].value)
    }
}
