/// A DMN hit policy: which rules' outputs a decision table returns when
/// several rules match.
enum HitPolicy: Hashable, Sendable {
    /// U: rules must not overlap.
    case unique
    /// A: rules may overlap only with equal outputs.
    case any
    /// P: the matching rule whose output has the highest priority.
    case priority
    /// F: the first matching rule in table order.
    case first
    /// R: every matching rule, in table order.
    case ruleOrder
    /// O: every matching rule, in output priority order.
    case outputOrder
    /// C, with an optional aggregation `+`, `<`, `>`, `#`.
    case collect(Character?)

    /// Reads `U`, `unique`, `C+`, `collect sum`…; the error says what is wrong.
    static func parse(_ text: String) -> Result<HitPolicy, DecisionProblem> {
        let trimmed = text.trimmingWhitespace()
        let words = trimmed.uppercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: " ")
        switch words {
        case "U", "UNIQUE": return .success(.unique)
        case "A", "ANY": return .success(.any)
        case "P", "PRIORITY": return .success(.priority)
        case "F", "FIRST": return .success(.first)
        case "R", "RULE ORDER": return .success(.ruleOrder)
        case "O", "OUTPUT ORDER": return .success(.outputOrder)
        case "C", "COLLECT": return .success(.collect(nil))
        case "C+", "COLLECT SUM": return .success(.collect("+"))
        case "C<", "COLLECT MIN": return .success(.collect("<"))
        case "C>", "COLLECT MAX": return .success(.collect(">"))
        case "C#", "COLLECT COUNT": return .success(.collect("#"))
        default:
            if let last = trimmed.last, "+<>#".contains(last), trimmed.count == 2,
               case .success = parse(String(trimmed.dropLast())) {
                return .failure(DecisionProblem(message: "aggregation '\(last)' only applies to C (collect), not to '\(trimmed.dropLast())'",
                                               hint: "write C\(last) to collect and aggregate, or \(trimmed.dropLast()) alone"))
            }
            return .failure(DecisionProblem(message: "unknown hit policy '\(trimmed)'",
                                           hint: "use one of U, A, P, F, R, O, C, C+, C<, C>, C# (DMN hit policies)"))
        }
    }

    /// True when matching rules' outputs are ranked by the output's declared values.
    var needsPriorities: Bool { self == .priority || self == .outputOrder }
}

/// What is wrong with a hit policy or an input entry, and how to fix it.
struct DecisionProblem: Error, Hashable {
    var message: String
    var hint: String
}
