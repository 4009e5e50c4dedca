/// What a table means, as declared by its annotation.
public enum TableKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A table with no declared meaning.
    case plain
    /// Criteria × options: a comparison matrix.
    case matrix
    /// Key → requirement (prerequisites, conditions).
    case requirements
    /// Inputs → outputs with a hit policy: a decision table.
    case rules
}

/// Where the options of a matrix are.
public enum MatrixAxis: String, Sendable, Hashable, Codable, CaseIterable {
    /// The header row names the options; each row is a criterion.
    case columns
    /// The first column names the options; each column is a criterion.
    case rows
}
