/// A YAML tree with source positions, decoupled from Yams so the model and
/// rules never see a library type. Built with a node budget, so alias bombs
/// ("billion laughs") stop early instead of exhausting memory.
public enum YAMLValue: Sendable, Hashable {
    case null(SourcePosition)
    case scalar(String, SourcePosition)
    case sequence([YAMLValue], SourcePosition)
    case mapping([YAMLEntry], SourcePosition)

    public var position: SourcePosition {
        switch self {
        case .null(let p), .scalar(_, let p), .sequence(_, let p), .mapping(_, let p): return p
        }
    }

    public var string: String? {
        if case .scalar(let s, _) = self { return s }
        return nil
    }

    public var entries: [YAMLEntry]? {
        if case .mapping(let entries, _) = self { return entries }
        return nil
    }

    public var items: [YAMLValue]? {
        if case .sequence(let items, _) = self { return items }
        return nil
    }

    public subscript(key: String) -> YAMLValue? {
        entries?.first(where: { $0.key == key })?.value
    }

    /// A readable name of the node's kind, for diagnostics.
    public var kindName: String {
        switch self {
        case .null: return "nothing"
        case .scalar: return "a single value"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

public struct YAMLEntry: Sendable, Hashable {
    public var key: String
    public var keyPosition: SourcePosition
    public var value: YAMLValue

    public init(key: String, keyPosition: SourcePosition, value: YAMLValue) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}
