/// The search index as the build writes it: a small manifest that every
/// search loads, and shards that a query loads only when it needs them. One
/// file of every document and posting was 27 MB on a 10,000-page site, all
/// of it fetched and parsed the first time a reader typed a letter; a
/// manifest of every term would grow with the distinct bigrams of a Chinese
/// site (hundreds of thousands).
///
/// - `search-index.js` sets `window.sitegenSearch` to the manifest: the
///   first term of each term shard (terms are sorted by UTF-16 code units,
///   so a term, or the terms with a prefix, are found in one shard or a run
///   of neighbours), the shards' URLs, and the Traditional forms of the
///   index's Chinese characters (`folds`);
/// - `search-index/tN.js` holds its terms in order, each with the
///   documents whose text holds it and the documents whose page title or
///   heading holds it (which rank first), as base-36 gaps;
/// - `search-index/dN.js` holds documents `N × documentsPerShard` onward:
///   URL, page title, heading, excerpt.
///
/// Shards are scripts, as the manifest is, so they load from `file://` too.
/// A shard's URL carries a digest of its list (`t3.js?v=…`), so a cache
/// never mixes an old shard with a new manifest, and an unchanged shard keeps
/// its URL across builds. Each shard assigns itself to `sitegenSearch.shards`
/// under that URL: a page open across a deploy holds the old manifest, and
/// a shard loaded then is the new build's (servers ignore `?v=`); the script
/// sees that the URL it asked for is not the one that arrived, and loads the
/// manifest again instead of mixing two builds' document numbers.
enum SearchShards {
    /// The shards' folder, relative to the output folder.
    static let folder = "search-index"
    /// A term shard ends once its entries (terms and postings) pass this
    /// many bytes (a term with more documents than that is a shard of its own).
    static let termShardBytes = 48 * 1024
    static let documentsPerShard = 128
    /// The format, checked by the script: 3 since shards are keyed by their URL.
    static let version = 3

    /// What the shards are written from: documents numbered from 0, and terms
    /// sorted by text, each writing its two lists of documents (the fresh
    /// index's ``PostingList``s, or the dev server's kept parts) straight into
    /// the shard.
    protocol Source {
        var documentCount: Int { get }
        /// Appends document `number` as a JSON array: URL, page title, heading, excerpt.
        func appendDocument(_ number: Int, to out: inout [UInt8])
        /// The terms' texts, sorted by ``SearchIndex/precedes(_:_:)``.
        var termTexts: [String] { get }
        /// Appends term `number`'s documents, then those whose page title or
        /// heading holds it, as base-36 gaps: `"0,3,a","3"`.
        func appendTerm(_ number: Int, to out: inout [UInt8])
    }

    /// The files of the index `source` holds.
    static func files(
        _ source: some Source, termShardBytes: Int = termShardBytes, documentsPerShard: Int = documentsPerShard,
        scopes: [String] = []
    ) -> [RenderedFile] {
        var files: [RenderedFile] = []
        write(source, termShardBytes: termShardBytes, documentsPerShard: documentsPerShard, scopes: scopes) { files.append($0) }
        return files
    }

    /// Hands each file of the index `source` holds to `emit` as soon as it is made (a build writes
    /// them straight out: the 29 MB of a 10,000-page site's index are never all held at once), the
    /// manifest last: the dev server writes them in this order, and a new manifest must not name
    /// shards that are not there yet.
    ///
    /// `scopes` are the URL prefixes of the site's translations (`en/`): the manifest lists the runs of
    /// documents under each (`"scopes":{"en/":[[120,340]]}`), so a page searches its own language.
    static func write(
        _ source: some Source, termShardBytes: Int = termShardBytes, documentsPerShard: Int = documentsPerShard,
        scopes: [String] = [], to emit: (RenderedFile) throws -> Void
    ) rethrows {
        let terms = try termShards(source, size: termShardBytes, emit)
        let (documentURLs, runs) = try documentShards(source, count: documentsPerShard, scopes: scopes, emit)
        var manifest = Array("window.sitegenSearch={\"version\":\(version),\"documents\":\(source.documentCount),".utf8)
        manifest += "\"documentsPerShard\":\(documentsPerShard),\"termShards\":".utf8
        appendList(terms.firstTerms, to: &manifest)
        manifest += ",\"termFiles\":".utf8
        appendList(terms.urls, to: &manifest)
        manifest += ",\"documentFiles\":".utf8
        appendList(documentURLs, to: &manifest)
        if !scopes.isEmpty {
            manifest += ",\"scopes\":{".utf8
            for (number, scope) in scopes.enumerated() {
                if number > 0 { manifest.append(UInt8(ascii: ",")) }
                SearchIndex.appendJSONString(scope, to: &manifest)
                manifest += ":[".utf8
                manifest += runs[number].map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",").utf8
                manifest.append(UInt8(ascii: "]"))
            }
            manifest.append(UInt8(ascii: "}"))
        }
        manifest += ",\"folds\":".utf8
        SearchIndex.appendJSONString(foldPairs(of: source.termTexts), to: &manifest)
        manifest += ",\"shards\":{}};\n".utf8
        try emit(RenderedFile(path: SearchIndex.fileName, bytes: manifest))
    }

    /// Runs of the sorted terms, each shard ending once its entries pass `size` bytes, handed to
    /// `emit`; their URLs, and the first term of each.
    private static func termShards(_ source: some Source, size limit: Int, _ emit: (RenderedFile) throws -> Void)
        rethrows -> (urls: [String], firstTerms: [String])
    {
        var urls: [String] = []
        var firstTerms: [String] = []
        let terms = source.termTexts
        var start = 0
        while start < terms.count {
            var out: [UInt8] = [UInt8(ascii: "[")]
            out.reserveCapacity(limit + limit / 4)
            var end = start
            var size = 0
            while end < terms.count, end == start || size < limit {
                let before = out.count
                if end > start { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "["))
                SearchIndex.appendJSONString(terms[end], to: &out)
                out.append(UInt8(ascii: ","))
                source.appendTerm(end, to: &out)  // digits, commas and quotes: nothing to escape
                out.append(UInt8(ascii: "]"))
                // The whole entry counts: a Chinese site's many rare bigrams are more text than lists
                // (counting the lists alone made its shards up to 230 KB).
                size += out.count - before
                end += 1
            }
            out.append(UInt8(ascii: "]"))
            firstTerms.append(terms[start])
            let (file, url) = shard("t\(urls.count)", out)
            urls.append(url)
            try emit(file)
            start = end
        }
        return (urls, firstTerms)
    }

    /// The documents, `count` a shard, handed to `emit`; their URLs, and the runs of documents whose
    /// URL starts with each of `scopes`.
    private static func documentShards(_ source: some Source, count: Int, scopes: [String],
                                       _ emit: (RenderedFile) throws -> Void) rethrows -> ([String], [[Range<Int>]])
    {
        var urls: [String] = []
        // A document is written as `["URL",…`: its URL is in scope when the bytes after `["` start with it.
        let prefixes = scopes.map { Array("[\"".utf8) + Array($0.utf8) }
        var runs = [[Range<Int>]](repeating: [], count: scopes.count)
        for first in stride(from: 0, to: source.documentCount, by: count) {
            var out: [UInt8] = [UInt8(ascii: "[")]
            for document in first..<min(first + count, source.documentCount) {
                if document > first { out.append(UInt8(ascii: ",")) }
                let start = out.count
                source.appendDocument(document, to: &out)
                guard let scope = prefixes.firstIndex(where: { out[start...].starts(with: $0) }) else { continue }
                if let last = runs[scope].last, last.upperBound == document {
                    runs[scope][runs[scope].count - 1] = last.lowerBound..<(document + 1)
                } else {
                    runs[scope].append(document..<(document + 1))
                }
            }
            out.append(UInt8(ascii: "]"))
            let (file, url) = shard("d\(urls.count)", out)
            urls.append(url)
            try emit(file)
        }
        return (urls, runs)
    }

    /// The shard `name` holding this JSON list, with its URL (relative to the site root, with a
    /// digest of the list), under which the shard assigns the list to `sitegenSearch.shards`.
    private static func shard(_ name: String, _ list: [UInt8]) -> (file: RenderedFile, url: String) {
        let url = "\(folder)/\(name).js?v=" + StableDigest.version(of: list)
        var bytes = Array("sitegenSearch.shards[\"\(url)\"]=".utf8)
        bytes.reserveCapacity(bytes.count + list.count + 2)
        bytes += list
        bytes += ";\n".utf8
        return (RenderedFile(path: "\(folder)/\(name).js", bytes: bytes), url)
    }

    /// The Traditional forms of the Chinese characters in `terms`, each followed by the
    /// Simplified form the index holds (`銀银`): search.js reads a query's Traditional characters
    /// so, as the tokenizer read the text. Only the site's own characters: the whole table
    /// (3,000 pairs, 18 KB) would be fetched by every reader.
    static func foldPairs(of terms: [String]) -> String {
        let first: UInt32 = 0x3400, last: UInt32 = 0x9FFF
        var present = [Bool](repeating: false, count: Int(last - first + 1))
        for term in terms {
            for scalar in term.unicodeScalars where scalar.value >= first && scalar.value <= last {
                present[Int(scalar.value - first)] = true
            }
        }
        var pairs: [UInt8] = []
        let forms = TraditionalChinese.traditionalForms
        for (offset, isPresent) in present.enumerated() where isPresent {
            let simplified = Unicode.Scalar(first + UInt32(offset))!
            for traditional in forms[simplified] ?? [] {
                UTF8.encode(traditional) { pairs.append($0) }
                UTF8.encode(simplified) { pairs.append($0) }
            }
        }
        return String(decoding: pairs, as: UTF8.self)
    }

    private static func appendList(_ texts: some Sequence<String>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        var first = true
        for text in texts {
            if !first { out.append(UInt8(ascii: ",")) }
            SearchIndex.appendJSONString(text, to: &out)
            first = false
        }
        out.append(UInt8(ascii: "]"))
    }
}
