/// The interface strings a matrix's JSON island carries (those whose keys
/// start with `matrix`, without that prefix), and their JSON: the same for
/// every matrix in one language, so made once per language and build.
struct MatrixIslandStrings: Sendable {
    let strings: [String: String]
    /// `"strings":{…}` with sorted keys, as `MatrixIsland.fastJSON` writes it.
    let json: String
    /// The label of each weight level, in `MatrixWeight.allCases` order.
    let weightLabels: [String]

    init(from table: [String: String]) {
        strings = Dictionary(uniqueKeysWithValues: table.filter { $0.key.hasPrefix(MatrixIsland.stringPrefix) }
            .map { (String($0.key.dropFirst(MatrixIsland.stringPrefix.count)), $0.value) })
        json = Self.json(strings)
        weightLabels = MatrixWeight.allCases.map { table[$0.stringKey] ?? "\($0)" }
    }

    static func json(_ strings: [String: String]) -> String {
        var out = "\"strings\":{"
        for (index, key) in strings.keys.sorted().enumerated() {
            if index > 0 { out += "," }
            SearchIndex.appendJSONString(key, to: &out)
            out += ":"
            SearchIndex.appendJSONString(strings[key]!, to: &out)
        }
        return out + "}"
    }
}
