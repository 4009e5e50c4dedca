import Yams

extension YAMLReader {
    /// Stands in for `*` in the counting pass: one character, like `*`, so
    /// libyaml's marks (counted in characters) stay where they were.
    static let aliasMarker: Unicode.Scalar = "\u{E000}"

    /// Whether `text`, composed, would expand past `nodeBudget` through its
    /// aliases, and where.
    ///
    /// Yams composes an alias as its anchor's tree (shared, not copied) but
    /// finds duplicate mapping keys by hashing whole keys, so a key that is an
    /// alias of a billion-laughs tree hashes ~10^9 nodes inside `compose`,
    /// before ``read(_:lineOffset:)``'s node budget ever sees the tree (the
    /// fuzzer: 400 bytes of `sitegen.yml`, 69 s). So text with anchors is first
    /// composed with every alias turned into a plain marker scalar (no sharing,
    /// linear), and the tree it stands for is counted: each alias as big as the
    /// latest anchor of its name completed before it, as Yams resolves it.
    static func aliasExpansionFailure(_ text: String, lineOffset: Int) -> Failure? {
        guard text.containsUTF8(UInt8(ascii: "&")), text.containsUTF8(UInt8(ascii: "*")) else { return nil }
        let marked = markingAliases(text)
        do {
            let parser = try Parser(yaml: marked, resolver: .basic, constructor: .default, encoding: .utf8)
            return try withExtendedLifetime(parser) {  // anchors are held weakly by nodes, strongly by the parser
                guard let root = try parser.singleRoot() else { return nil }
                var anchors: [String: Int] = [:]
                var position: SourcePosition?
                guard expandedSize(root, anchors: &anchors, past: &position, lineOffset: lineOffset) > nodeBudget else { return nil }
                return Failure(
                    message: "the YAML expands to more than \(nodeBudget) values (aliases used recursively?)",
                    position: position ?? SourcePosition(line: lineOffset + 1, column: 1))
            }
        } catch let error as YamlError {
            return failure(from: error, lineOffset: lineOffset, lineCount: SourceText(text).lineCount)
        } catch {
            return Failure(message: "\(error)", position: SourcePosition(line: lineOffset + 1, column: 1))
        }
    }

    /// `*name` → marker + `name` wherever it appears (in quoted text too: that
    /// only makes the count larger, never smaller). Names are libyaml's
    /// anchor characters: ASCII letters, digits, `-` and `_`.
    static func markingAliases(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if scalar == "*", let next = pending, isAnchorCharacter(next) {
                result.append(aliasMarker)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_": return true
        default: return false
        }
    }

    /// The number of nodes `node` stands for, saturating just past the budget;
    /// `past` gets the position of the node where the count passed it.
    private static func expandedSize(
        _ node: Node, anchors: inout [String: Int], past: inout SourcePosition?, lineOffset: Int
    ) -> Int {
        var size = 1
        switch node {
        case .scalar(let scalar):
            if scalar.string.unicodeScalars.first == aliasMarker {
                size = anchors[String(scalar.string.unicodeScalars.dropFirst())] ?? 1
            }
        case .sequence(let sequence):
            for item in sequence where size <= nodeBudget {
                size += expandedSize(item, anchors: &anchors, past: &past, lineOffset: lineOffset)
            }
        case .mapping(let mapping):
            for (key, value) in mapping where size <= nodeBudget {
                size += expandedSize(key, anchors: &anchors, past: &past, lineOffset: lineOffset)
                size += expandedSize(value, anchors: &anchors, past: &past, lineOffset: lineOffset)
            }
        case .alias:
            break
        }
        size = min(size, nodeBudget + 1)
        if size > nodeBudget, past == nil { past = position(of: node, lineOffset: lineOffset) }
        // Registered once complete, as Yams does: an alias inside the node means an earlier anchor.
        if let anchor = node.anchor { anchors[anchor.rawValue] = size }
        return size
    }
}
