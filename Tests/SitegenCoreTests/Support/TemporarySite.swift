import Foundation
@testable import SitegenCore

/// A site in a fresh temporary folder, for whole-site tests.
struct TemporarySite {
    let root: String

    init(files: [String: String]) throws {
        root = NSTemporaryDirectory() + "sitegen-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: root + "/" + path, encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root + "/" + path)
    }

    func build(mode: BuildOptions.Mode = .build, fileIO: FileIO = .disk, configure: (inout BuildOptions) -> Void = { _ in })
        -> BuildReport
    {
        var options = BuildOptions()
        options.root = root
        options.mode = mode
        configure(&options)
        return Pipeline(options: options, fileIO: fileIO).run()
    }

    /// Every file under a folder with its bytes, for byte-for-byte comparisons.
    func snapshot(_ folder: String = "public") throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = root + "/" + folder
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return files }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: URL(fileURLWithPath: base + "/" + path))
            }
        }
        return files
    }

    /// The terms of the search index written into `folder` (read back as the theme script reads
    /// them; empty when the index cannot be read).
    func searchTerms(_ folder: String = "public") throws -> Set<String> {
        let files = try snapshot(folder).compactMap { path, data in
            path == SearchIndex.fileName || path.hasPrefix(SearchShards.folder + "/")
                ? RenderedFile(path: path, bytes: Array(data)) : nil
        }
        return Set((try? SearchFiles(files))?.termOrder ?? [])
    }

    /// Names in the site root (to spot leftover staging folders).
    func rootEntries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root).sorted()
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// The repository root (for the sample site).
enum Repository {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.path + "/Package.swift") { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()
}

/// Parses one Markdown page into the model without a site around it.
func parsePage(_ text: String, path: String = "page.md", schemas: [String: TableSchema] = [:]) -> Page {
    let source = PageSource(contentPath: path, text: text, displayRoot: "Content")
    let resolver = LinkResolver(routes: [path: source.route], assets: [], style: .portable)
    let builder = PageBuilder(resolver: resolver, schemas: schemas, options: MarkdownOptions(), defaultLanguage: "en")
    return builder.build(source)
}
