import Yams

/// Reads YAML text into a ``YAMLValue`` tree.
public enum YAMLReader {
    public struct Failure: Error, Hashable, Sendable {
        public var message: String
        public var position: SourcePosition
    }

    /// The most nodes one document may expand to (aliases counted each time
    /// they are used). Generous for config and front matter, small enough to
    /// stop exponential alias expansion.
    public static let nodeBudget = 20_000

    /// One constructor for every document: `Constructor.default` builds a new
    /// one (three tables of closures) on each call. It is never changed after
    /// it is made, so the parsers on all threads can share it.
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// Parses `text`; `lineOffset` is added to reported lines (front matter
    /// starts on line 2 of its file).
    public static func read(_ text: String, lineOffset: Int = 0) -> Result<YAMLValue, Failure> {
        if let value = flatFlowMapping(text, lineOffset: lineOffset) { return .success(value) }
        if let value = flatBlockMapping(text, lineOffset: lineOffset) { return .success(value) }
        return readWithYams(text, lineOffset: lineOffset)
    }

    /// `read` without the fast paths for flat flow and block mappings (which tests compare with it).
    static func readWithYams(_ text: String, lineOffset: Int = 0) -> Result<YAMLValue, Failure> {
        if let failure = aliasExpansionFailure(text, lineOffset: lineOffset) { return .failure(failure) }
        let root: Node?
        do {
            // An explicit encoding: the default one reads the process environment on every call.
            // The basic resolver tags every scalar as a string without trying the
            // default resolver's regular expressions (sitegen reads scalars as
            // text and types them itself; Yams only hashes keys to find duplicates).
            root = try Yams.compose(yaml: text, .basic, constructor, .utf8)
        } catch let error as YamlError {
            return .failure(failure(from: error, lineOffset: lineOffset, lineCount: SourceText(text).lineCount))
        } catch {
            return .failure(Failure(message: "\(error)", position: SourcePosition(line: lineOffset + 1, column: 1)))
        }
        guard let root else { return .success(.null(SourcePosition(line: lineOffset + 1, column: 1))) }
        var budget = nodeBudget
        guard let value = convert(root, lineOffset: lineOffset, budget: &budget) else {
            return .failure(Failure(
                message: "the YAML expands to more than \(nodeBudget) values (aliases used recursively?)",
                position: position(of: root, lineOffset: lineOffset)
            ))
        }
        return .success(value)
    }

    private static func convert(_ node: Node, lineOffset: Int, budget: inout Int) -> YAMLValue? {
        budget -= 1
        if budget < 0 { return nil }
        let position = position(of: node, lineOffset: lineOffset)
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return .null(position)
            }
            return .scalar(scalar.string, position)
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            for item in sequence {
                guard let value = convert(item, lineOffset: lineOffset, budget: &budget) else { return nil }
                items.append(value)
            }
            return .sequence(items, position)
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            for (key, value) in mapping {
                guard let converted = convert(value, lineOffset: lineOffset, budget: &budget) else { return nil }
                entries.append(YAMLEntry(
                    key: key.string ?? keyText(key, depth: 0),
                    keyPosition: self.position(of: key, lineOffset: lineOffset),
                    value: converted
                ))
            }
            return .mapping(entries, position)
        case .alias:
            return .null(position)
        }
    }

    /// A key that is not a plain string (`{[a, b]: x}`, `{{a: b}: x}`), as
    /// text for diagnostics. Yams's `any` would crash on a mapping key that is
    /// itself not a string (found by the fuzzer); nesting is cut at 8 levels.
    private static func keyText(_ node: Node, depth: Int) -> String {
        guard depth < 8 else { return "…" }
        switch node {
        case .scalar(let scalar):
            return scalar.string
        case .sequence(let sequence):
            return "[" + sequence.map { keyText($0, depth: depth + 1) }.joined(separator: ", ") + "]"
        case .mapping(let mapping):
            let pairs = mapping.map { keyText($0.key, depth: depth + 1) + ": " + keyText($0.value, depth: depth + 1) }
            return "{" + pairs.joined(separator: ", ") + "}"
        case .alias:
            return "*"
        }
    }

    static func position(of node: Node, lineOffset: Int) -> SourcePosition {
        guard let mark = node.mark else { return SourcePosition(line: lineOffset + 1, column: 1) }
        return SourcePosition(line: mark.line + lineOffset, column: mark.column)
    }

    static func failure(from error: YamlError, lineOffset: Int, lineCount: Int) -> Failure {
        func at(_ mark: Mark) -> SourcePosition { SourcePosition(line: mark.line + lineOffset, column: mark.column) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            // An unclosed quote or bracket is only noticed at the end of the
            // text; point at where it was opened instead.
            if let context, mark.line >= lineCount, context.mark.line < mark.line {
                return Failure(message: detail + " (opened here, never closed)", position: at(context.mark))
            }
            return Failure(message: detail, position: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            return Failure(
                message: "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))",
                position: at(context.mark)
            )
        case let .reader(problem, _, _, _):
            return Failure(message: problem, position: SourcePosition(line: lineOffset + 1, column: 1))
        default:
            return Failure(message: "\(error)", position: SourcePosition(line: lineOffset + 1, column: 1))
        }
    }
}
