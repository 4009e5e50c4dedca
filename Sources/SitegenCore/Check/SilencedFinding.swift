/// Where a finding was silenced, to tell later which suppressions silenced something.
public struct SilencedFinding: Sendable, Hashable {
    public var id: String
    public var name: String
    /// Nil for a finding about the whole file.
    public var line: Int?
}

/// The silenced findings of a page, asked whether a suppression covers any of them in O(log n).
struct SilencedPlaces {
    /// Lines by rule id and by rule name, sorted; `*` holds every line.
    private var lines: [String: [Int]] = [:]
    /// Rule ids and names (and `*`) with a finding about the whole file.
    private var wholeFile: Set<String> = []

    init(_ findings: [SilencedFinding]) {
        for finding in findings {
            for key in [SuppressionIndex.everyRule, finding.id, finding.name] {
                if let line = finding.line { lines[key, default: []].append(line) } else { wholeFile.insert(key) }
            }
        }
        for key in lines.keys { lines[key]?.sort() }
    }

    /// Whether the suppression covers one of the findings: whether it silenced something.
    func anyCovered(by suppression: Suppression) -> Bool {
        let range = suppression.lines
        return suppression.keys.contains { key in
            if range.lowerBound <= 1, wholeFile.contains(key) { return true }
            guard let sorted = lines[key] else { return false }
            // The first line at or after the range's start, if it is inside the range.
            let low = sorted.countSorted { $0 < range.lowerBound }
            return low < sorted.count && sorted[low] <= range.upperBound
        }
    }
}
