import SitegenCore

/// The fuzz target's body: bytes → a small site in memory → the whole build
/// (config, front matter, Markdown, tables, typed values, rules, templates,
/// rendering, atomic output), then checks that must hold for every input.
/// A violated check traps, which the fuzzer reports as a crash.
public enum FuzzSite {
    /// Separates the input's files (SOH: valid UTF-8, rare in real text).
    public static let separator: UInt8 = 0x01

    /// Where each part of the input goes, in order.
    public static let slots = [
        "Content/_index.md", "Content/guide/page.md", "sitegen.yml", "Content/_schemas/s.yml",
        "Content/guide/other.md", "Templates/partials/footer.mustache",
        // A translation of guide/page.md, when the configuration lists `languages: [en]`.
        "Content/en/guide/page.md",
    ]

    public static let root = "/site"

    /// The site files an input stands for, by path relative to the root.
    public static func files(from bytes: [UInt8]) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for (slot, part) in zip(slots, bytes.split(separator: separator, omittingEmptySubsequences: false)) {
            files[slot] = Array(part)
        }
        return files
    }

    /// An input made of site files (for seeds): the inverse of ``files(from:)``.
    public static func input(from files: [String: [UInt8]]) -> [UInt8] {
        let last = slots.lastIndex { files[$0] != nil } ?? 0
        return Array(slots[...last].map { files[$0] ?? [] }.joined(separator: [separator]))
    }

    /// Builds the site an input stands for and checks the result.
    @discardableResult
    public static func run(_ bytes: [UInt8]) -> BuildReport {
        let site = files(from: bytes)
        var initial = Dictionary(uniqueKeysWithValues: site.map { (root + "/" + $0.key, $0.value) })
        // A previous build, which a failed build must leave as it was.
        initial[root + "/public/index.html"] = Array("previous build".utf8)
        let memory = MemoryFileSystem(files: initial)
        var options = BuildOptions()
        options.root = root
        options.workers = 1
        let report = Pipeline(options: options, fileIO: memory.fileIO).run()
        // Raw HTML and template overrides are trusted: only check pages built without them.
        let config = ConfigLoader.load(text: site["sitegen.yml"].map { String(decoding: $0, as: UTF8.self) }).0
        // (An empty footer, as an input with a later part has, adds nothing to check less.)
        let trusted = config.allowRawHTML || !(site[slots[5]]?.isEmpty ?? true)
        check(report, files: memory.files, initial: initial, checkHTML: !trusted)
        checkFormatting(site)
        return report
    }

    /// `sitegen fmt` on each page: the page reads the same formatted, and formatting it again
    /// changes nothing.
    static func checkFormatting(_ site: [String: [UInt8]]) {
        for slot in [slots[0], slots[1], slots[4]] {
            guard let bytes = site[slot], let text = String(validating: bytes, as: UTF8.self) else { continue }
            let once = TableFormatter.format(text: text, contentPath: "page.md")
            guard once.formatted > 0 else { continue }
            require(TableFormatter.readsTheSame(text, once.text), "formatting changed what \(slot) means")
            require(TableFormatter.format(text: once.text, contentPath: "page.md").text == once.text,
                    "formatting the tables of \(slot) again changed them")
        }
    }

    static func check(_ report: BuildReport, files: [String: [UInt8]], initial: [String: [UInt8]], checkHTML: Bool) {
        for diagnostic in report.diagnostics {
            require(!diagnostic.message.isEmpty && !diagnostic.name.isEmpty, "a diagnostic without message or name")
            if let range = diagnostic.range {
                require(range.start.line >= 1 && range.start.column >= 1, "a diagnostic at \(range.start)")
            }
        }
        let output = report.output.hasSuffix("/") ? String(report.output.dropLast()) : report.output
        let name = output.split(separator: "/").last.map(String.init) ?? ""
        let sibling = String(output.dropLast(name.count)) + "." + name
        require(!files.keys.contains { $0.hasPrefix(sibling + ".staging-") || $0.hasPrefix(sibling + ".previous-") },
                "a staging folder was left behind")
        switch report.outcome {
        case .success:
            require(!report.diagnostics.contains { $0.severity == .error }, "success with errors")
            require(files.keys.allSatisfy { $0.hasPrefix(root + "/") || !isOutside(report.output, $0) },
                    "a file was written outside the site and its output folder")
            guard checkHTML else { return }
            for (path, bytes) in files where !isOutside(report.output, path) && path.hasSuffix(".html") {
                if let problem = HTMLSafety.problem(in: String(decoding: bytes, as: UTF8.self)) {
                    require(false, "\(path): \(problem)")
                }
            }
        case .contentErrors, .couldNotRun:
            require(report.diagnostics.contains { $0.severity == .error }, "a failed build without an error")
            require(files == initial, "a failed build changed files")
        }
    }

    static func isOutside(_ folder: String, _ path: String) -> Bool {
        !(path == folder || path.hasPrefix(folder + "/"))
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("sitegen-fuzz: \(message())") }
    }
}
