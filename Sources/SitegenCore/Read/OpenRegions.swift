/// The `sitegen-disable` regions of a page not yet ended by a `sitegen-enable`, each found in
/// constant time (a page of thousands of comments was quadratic: every enable compared the rule
/// sets of every open region).
struct OpenRegions {
    struct Region {
        var rules: [String]
        var start: Int
        var range: SourceRange
    }

    /// In the order opened; nil once ended (and none at the end).
    private var regions: [Region?] = []
    /// Indices of the open regions by their set of rules, in the order opened.
    private var byRules: [Set<String>: [Int]] = [:]

    mutating func open(_ region: Region) {
        byRules[Set(region.rules), default: []].append(regions.count)
        regions.append(region)
    }

    /// Ends the last region opened with these rules (in any order); with none, the last one opened.
    mutating func end(rules: [String]) -> Region? {
        let index = rules.isEmpty ? regions.indices.last : byRules[Set(rules)]?.last
        guard let index, let region = regions[index] else { return nil }
        // The last region opened with its rules: the last index of its list.
        byRules[Set(region.rules)]?.removeLast()
        regions[index] = nil
        while let last = regions.last, last == nil { regions.removeLast() }
        return region
    }

    /// The regions never ended, in the order opened.
    var remaining: [Region] { regions.compactMap { $0 } }
}
