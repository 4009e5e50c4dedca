import Foundation
@testable import SitegenCore

/// The search index's files read back as the theme script reads them: the
/// manifest, and every shard it names (each must exist, under the URL's
/// digest-free path).
struct SearchFiles {
    var manifest: [String: Any]
    var documents: [[String]] = []
    /// Each term's documents and the documents whose title or heading holds it.
    var terms: [String: (documents: [UInt32], heads: [UInt32])] = [:]
    var termOrder: [String] = []

    enum Failure: Error { case malformed(String) }

    init(_ files: [RenderedFile]) throws {
        let byPath = Dictionary(files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a })
        guard let script = byPath[SearchIndex.fileName] else { throw Failure.malformed("no manifest") }
        manifest = try Self.object(script, prefix: "window.sitegenSearch=") as? [String: Any] ?? [:]
        guard manifest["version"] as? Int == 2, let perShard = manifest["documentsPerShard"] as? Int,
              let termStarts = manifest["termShards"] as? [Int], let termFiles = manifest["termFiles"] as? [String],
              let documentFiles = manifest["documentFiles"] as? [String], let terms = manifest["terms"] as? [String],
              termStarts.count == termFiles.count
        else { throw Failure.malformed("manifest: \(script.prefix(300))") }
        termOrder = terms
        func shard(_ url: String, _ name: String) throws -> [Any] {
            let path = String(url.prefix { $0 != "?" })
            guard path == "search-index/\(name).js", let text = byPath[path] else { throw Failure.malformed("no file \(url)") }
            return try Self.object(text, prefix: "sitegenSearch.shards[\"\(name)\"]=") as? [Any] ?? []
        }
        for (number, url) in documentFiles.enumerated() {
            let list = try shard(url, "d\(number)") as? [[String]] ?? []
            guard list.count == perShard || number == documentFiles.count - 1 else { throw Failure.malformed("short shard d\(number)") }
            documents += list
        }
        for (number, url) in termFiles.enumerated() {
            let end = number + 1 < termStarts.count ? termStarts[number + 1] : terms.count
            let list = try shard(url, "t\(number)") as? [[String]] ?? []
            guard list.count == end - termStarts[number] else { throw Failure.malformed("shard t\(number) has \(list.count) terms") }
            for (offset, entry) in list.enumerated() {
                self.terms[terms[termStarts[number] + offset]] = (Self.numbers(entry[0]), Self.numbers(entry[1]))
            }
        }
        guard self.terms.count == terms.count, documents.count == manifest["documents"] as? Int else {
            throw Failure.malformed("counts")
        }
    }

    /// The JSON of `prefix<JSON>;\n`.
    static func object(_ script: String, prefix: String) throws -> Any {
        guard script.hasPrefix(prefix), script.hasSuffix(";\n") else { throw Failure.malformed(String(script.prefix(80))) }
        let json = script.dropFirst(prefix.count).dropLast(2)
        return try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
    }

    static func numbers(_ gaps: String) -> [UInt32] {
        var previous: UInt32 = 0
        return gaps.split(separator: ",").map { previous += UInt32($0, radix: 36)!; return previous }
    }
}
