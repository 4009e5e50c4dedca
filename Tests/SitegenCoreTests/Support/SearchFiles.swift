import Foundation
@testable import SitegenCore

/// The search index's files read back as the theme script reads them: the
/// manifest, and every shard it names (each must exist, under the URL's
/// digest-free path, and assign itself under the URL the manifest names).
struct SearchFiles {
    var manifest: [String: Any]
    var documents: [[String]] = []
    /// Each term's documents and the documents whose title or heading holds it.
    var terms: [String: (documents: [UInt32], heads: [UInt32])] = [:]
    var termOrder: [String] = []
    /// The terms of each term shard.
    var termShards: [[String]] = []

    enum Failure: Error { case malformed(String) }

    init(_ files: [RenderedFile]) throws {
        let byPath = Dictionary(files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a })
        guard let script = byPath[SearchIndex.fileName] else { throw Failure.malformed("no manifest") }
        manifest = try Self.object(script, prefix: "window.sitegenSearch=") as? [String: Any] ?? [:]
        guard manifest["version"] as? Int == SearchShards.version, let perShard = manifest["documentsPerShard"] as? Int,
              let firstTerms = manifest["termShards"] as? [String], let termFiles = manifest["termFiles"] as? [String],
              let documentFiles = manifest["documentFiles"] as? [String], firstTerms.count == termFiles.count
        else { throw Failure.malformed("manifest: \(script.prefix(300))") }
        func shard(_ url: String, _ name: String) throws -> [Any] {
            let path = String(url.prefix { $0 != "?" })
            guard path == "search-index/\(name).js", let text = byPath[path] else { throw Failure.malformed("no file \(url)") }
            return try Self.object(text, prefix: "sitegenSearch.shards[\"\(url)\"]=") as? [Any] ?? []
        }
        for (number, url) in documentFiles.enumerated() {
            let list = try shard(url, "d\(number)") as? [[String]] ?? []
            guard list.count == perShard || number == documentFiles.count - 1 else { throw Failure.malformed("short shard d\(number)") }
            documents += list
        }
        for (number, url) in termFiles.enumerated() {
            let list = try shard(url, "t\(number)") as? [[String]] ?? []
            guard list.first?.first == firstTerms[number], list.allSatisfy({ $0.count == 3 }) else {
                throw Failure.malformed("shard t\(number) does not start with \(firstTerms[number])")
            }
            termShards.append(list.map { $0[0] })
            for entry in list {
                termOrder.append(entry[0])
                terms[entry[0]] = (Self.numbers(entry[1]), Self.numbers(entry[2]))
            }
        }
        guard terms.count == termOrder.count, documents.count == manifest["documents"] as? Int else {
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
