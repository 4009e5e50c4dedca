/// How much a reader cares about a criterion: a few worded levels, each with
/// a numeric weight. Interface strings name them (`matrixWeight0` … `matrixWeight3`).
public enum MatrixWeight: Int, Sendable, Hashable, CaseIterable, Codable {
    case ignore = 0, low, normal, high

    /// The level every scored criterion starts at.
    public static let `default` = MatrixWeight.normal

    /// The multiplier of the criterion's normalised value in the overall score.
    public var factor: Double {
        switch self {
        case .ignore: return 0
        case .low: return 1
        case .normal: return 2
        case .high: return 4
        }
    }

    /// The key of the level's name in the interface strings.
    public var stringKey: String { "matrixWeight\(rawValue)" }
}
