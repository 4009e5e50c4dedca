import Foundation

/// `sitegen lsp`: the checks in an editor, over the Language Server Protocol. Every finding of
/// `sitegen check` shows on its line while the page is written (the open pages' unsaved text is
/// what is checked), a finding's fix is a quick fix, formatting a document lines up its tables as
/// `sitegen fmt` does, a hover over a cell says what it means, a link leads to its target, and the
/// outline lists headings and tables, the links to a heading, a table or a page are listed, and
/// renaming a heading changes every link to it.
///
/// A value that takes decoded JSON-RPC messages and gives back the messages to send; reading and
/// writing them (``LSPMessageReader``, the command's loop) are elsewhere, so the whole protocol is
/// tested without a process.
public final class LanguageServer {
    /// What the server sends: responses and notifications, as JSON objects.
    public typealias Message = [String: Any]

    var options: BuildOptions
    let fileIO: FileIO
    /// Whether the site root was given on the command line (else the editor's workspace is it).
    let rootGiven: Bool
    /// Open documents' text by canonical path, shared with the session's file system.
    let open = OpenDocuments()
    var documents: [String: String] {
        get { open.texts }
        set { open.texts = newValue }
    }
    /// The incremental check of the site (made at the first check, once the root is known).
    var session: BuildSession?
    /// The site as the last check read it, and its content folder.
    var site: Site?
    var contentFolder = ""
    /// Documents edited since the last check; nil when the next check must look at every file
    /// (the first, and after a save, a close or files changed on disk, when other files may
    /// have changed too). While a page is typed, only it is read again.
    var edited: Set<String>? = nil
    /// Documents whose findings were last published non-empty (to clear them when they go).
    var published: Set<String> = []
    /// The last check's findings, by canonical path.
    var findings: [String: [Diagnostic]] = [:]
    var root = ""
    var shutdownRequested = false
    /// Whether the client lets the server ask it to watch files (`didChangeWatchedFiles`).
    var watchesFiles = false
    /// A check is due: the text changed since the last one.
    public private(set) var needsCheck = false
    /// Where each check's steps are logged, `[i/n] step (ms)` (the command: standard error, which
    /// editors keep in the server's log).
    public var log: (String) -> Void = { _ in }
    /// Set by `exit`: the process's exit code.
    public private(set) var exitCode: Int32?

    public init(options: BuildOptions, rootGiven: Bool, fileIO: FileIO = .disk) {
        var options = options
        options.mode = .check
        self.options = options
        self.rootGiven = rootGiven
        self.fileIO = fileIO
    }

    /// Handles one message; the messages to send in return.
    public func handle(_ message: Message) -> [Message] {
        let method = message["method"] as? String
        let id = message["id"]
        let params = message["params"] as? [String: Any] ?? [:]
        switch method {
        case nil:
            return []  // a response to a request of ours (the file watchers' registration)
        case "initialize":
            if !rootGiven, let path = Self.workspacePath(params) { options.root = path }
            let workspace = (params["capabilities"] as? [String: Any])?["workspace"] as? [String: Any]
            watchesFiles = ((workspace?["didChangeWatchedFiles"] as? [String: Any])?["dynamicRegistration"] as? Bool) == true
            let document = (params["capabilities"] as? [String: Any])?["textDocument"] as? [String: Any]
            let prepares = ((document?["rename"] as? [String: Any])?["prepareSupport"] as? Bool) == true
            return [response(id, result: [
                "capabilities": [
                    "textDocumentSync": ["openClose": true, "change": 1, "save": ["includeText": false]],
                    "documentFormattingProvider": true,
                    "hoverProvider": true,
                    "definitionProvider": true,
                    "documentSymbolProvider": true,
                    "referencesProvider": true,
                    "workspaceSymbolProvider": true,
                    "renameProvider": prepares ? ["prepareProvider": true] as Any : true,
                    "completionProvider": ["triggerCharacters": ["(", "#", "/"]],
                    "codeActionProvider": ["codeActionKinds": ["quickfix"]],
                ] as [String: Any],
                "serverInfo": ["name": "sitegen", "version": SitegenInfo.version],
            ])]
        case "initialized":
            edited = nil
            needsCheck = true
            // Files changed by other programs (a `git checkout`, another editor) are then told of.
            guard watchesFiles else { return [] }
            let watchers = ["**/*.md", "**/*.yml", "**/*.yaml", "**/*.mustache"].map { ["globPattern": $0] }
            return [["jsonrpc": "2.0", "id": "sitegen-watch", "method": "client/registerCapability", "params": ["registrations": [
                ["id": "sitegen-files", "method": "workspace/didChangeWatchedFiles", "registerOptions": ["watchers": watchers]],
            ]]]]
        case "workspace/didChangeWatchedFiles", "textDocument/didSave":
            edited = nil
            needsCheck = true
            return []
        case "textDocument/didOpen", "textDocument/didChange":
            let document = params["textDocument"] as? [String: Any]
            let text = (document?["text"] as? String)
                ?? ((params["contentChanges"] as? [[String: Any]])?.last?["text"] as? String)
            if let path = document.flatMap(Self.path(of:)), let text {
                documents[canonical(path)] = text
                edited?.insert(canonical(path))
            }
            needsCheck = true
            return []
        case "textDocument/didClose":
            if let path = (params["textDocument"] as? [String: Any]).flatMap(Self.path(of:)) {
                documents[canonical(path)] = nil
            }
            edited = nil
            needsCheck = true
            return []
        case "textDocument/formatting":
            return [response(id, result: formatting(params))]
        case "textDocument/codeAction", "textDocument/hover", "textDocument/definition", "textDocument/documentSymbol",
             "textDocument/completion", "textDocument/references", "textDocument/prepareRename", "textDocument/rename",
             "workspace/symbol":
            // Answered from the last check, made now if the text changed since (its findings go first).
            let notices = needsCheck ? check() : []
            let result: Any
            switch method {
            case "textDocument/codeAction": result = codeActions(params)
            case "textDocument/hover": result = hover(params)
            case "textDocument/definition": result = definition(params)
            case "textDocument/completion": result = completion(params)
            case "textDocument/references": result = references(params)
            case "textDocument/prepareRename": result = prepareRename(params)
            case "workspace/symbol": result = workspaceSymbols(params)
            case "textDocument/rename": return notices + rename(params, id: id)
            default: result = symbols(params)
            }
            return notices + [response(id, result: result)]
        case "shutdown":
            shutdownRequested = true
            return [response(id, result: NSNull())]
        case "exit":
            exitCode = shutdownRequested ? 0 : 1
            return []
        default:
            // A request gets an answer even when not understood; a notification none.
            guard let id else { return [] }
            return [["jsonrpc": "2.0", "id": id, "error": ["code": -32601, "message": "sitegen does not handle \(method ?? "?")"]]]
        }
    }

    /// Checks the site with the open documents' text and publishes the findings of every page
    /// that has any, is open, or had findings before (an empty list when they went).
    public func check() -> [Message] {
        needsCheck = false
        let session = self.session ?? BuildSession(options: options, fileIO: overlay())
        let changed = self.session == nil ? nil : edited
        self.session = session
        edited = []
        let build = session.build(log: log, changedFiles: changed)
        let report = build.report
        site = build.site
        contentFolder = build.paths.content
        root = report.root
        var now: [String: [Diagnostic]] = [:]
        for diagnostic in report.diagnostics { now[canonical(absolute(diagnostic.file)), default: []].append(diagnostic) }
        findings = now
        var messages: [Message] = []
        // Every open document is told (its list may be empty), and every page told of findings before.
        for path in Set(now.keys).union(published).union(documents.keys).sorted() {
            let lines = LSPPosition.lines(text(of: path) ?? "")
            let diagnostics = (now[path] ?? []).map { lspDiagnostic($0, lines: lines) }
            messages.append(["jsonrpc": "2.0", "method": "textDocument/publishDiagnostics",
                             "params": ["uri": Self.uri(of: path), "diagnostics": diagnostics] as [String: Any]])
        }
        published = Set(now.keys)
        return messages
    }

    // MARK: Requests

    /// The document with its tables lined up: one edit replacing the whole text, or none.
    func formatting(_ params: [String: Any]) -> Any {
        guard let path = (params["textDocument"] as? [String: Any]).flatMap(Self.path(of:)),
              let text = text(of: canonical(path)) else { return [Any]() }
        let result = TableFormatter.format(text: text, contentPath: (path as NSString).lastPathComponent)
        guard result.formatted > 0 else { return [Any]() }
        return [["range": LSPPosition.wholeText(LSPPosition.lines(text)), "newText": result.text]]
    }

    /// What a table cell under the cursor means (its typed value, as `sitegen inspect` says), its
    /// row and column; nil elsewhere.
    func hover(_ params: [String: Any]) -> Any {
        guard let (page, line, column) = pageAndPosition(params) else { return NSNull() }
        for table in page.tables {
            for row in table.rows where row.role == .body {
                for (position, cell) in row.cells.enumerated() {
                    guard let range = page.contentRange(of: cell), range.start.line == line,
                          range.start.column <= column, column <= range.end.column else { continue }
                    let header = table.header.cell(position)?.text ?? ""
                    var words = "**\(cell.value.description)**\n\n\(row.cells.first?.text ?? "") › \(header) · table `\(table.id)`"
                    if case .text = cell.value { words += "\n\nRead as text: it neither sorts nor compares (`sitegen inspect --value` tries other spellings)." }
                    return ["contents": ["kind": "markdown", "value": words],
                            "range": LSPPosition.range(range, in: LSPPosition.lines(page.source.text))]
                }
            }
        }
        return NSNull()
    }

    /// A quick fix for each finding with a fix whose range meets the range asked about.
    func codeActions(_ params: [String: Any]) -> Any {
        guard let document = params["textDocument"] as? [String: Any], let uri = document["uri"] as? String,
              let path = Self.path(of: document) else { return [Any]() }
        let lines = LSPPosition.lines(text(of: canonical(path)) ?? "")
        let asked = params["range"] as? [String: Any]
        let first = ((asked?["start"] as? [String: Any])?["line"] as? Int ?? 0) + 1
        let last = ((asked?["end"] as? [String: Any])?["line"] as? Int ?? Int.max - 1) + 1
        return (findings[canonical(path)] ?? []).compactMap { diagnostic -> Message? in
            guard let fix = diagnostic.fix else { return nil }
            let range = diagnostic.range ?? SourceRange(line: 1, column: 1, endColumn: 1)
            guard range.start.line <= last, range.end.line >= first else { return nil }
            let edits = fix.edits.map { edit -> Message in
                ["range": LSPPosition.range(from: edit.start, to: edit.end, in: lines), "newText": edit.replacement]
            }
            return ["title": "\(fix.summary) (\(diagnostic.name))", "kind": "quickfix",
                    "diagnostics": [lspDiagnostic(diagnostic, lines: lines)], "isPreferred": !fix.isSuggestion,
                    "edit": ["changes": [uri: edits]]]
        }
    }

    // MARK: Helpers

    func lspDiagnostic(_ diagnostic: Diagnostic, lines: [Substring]) -> Message {
        var message = diagnostic.message
        if let hint = diagnostic.hint { message += "\nhint: \(hint)" }
        var result: Message = [
            "range": LSPPosition.range(diagnostic.range, in: lines),
            "severity": diagnostic.severity == .error ? 1 : diagnostic.severity == .warning ? 2 : 3,
            "code": diagnostic.name, "source": "sitegen", "message": message,
        ]
        if !diagnostic.related.isEmpty {
            result["relatedInformation"] = diagnostic.related.map { related -> Message in
                let path = canonical(absolute(related.file))
                return ["location": ["uri": Self.uri(of: path),
                                     "range": LSPPosition.range(related.range, in: LSPPosition.lines(text(of: path) ?? ""))],
                        "message": related.message]
            }
        }
        return result
    }

    func response(_ id: Any?, result: Any) -> Message {
        ["jsonrpc": "2.0", "id": id ?? NSNull(), "result": result]
    }

    /// The file system with the open documents' text in place of their files, and stamps that
    /// change with that text (so the session reads an edited document again).
    func overlay() -> FileIO {
        var io = fileIO
        let base = fileIO.read, baseStamp = fileIO.stamp, open = open, resolve = fileIO.resolve
        io.read = { path in
            if let text = open.text(path, resolve) { return Array(text.utf8) }
            return try base(path)
        }
        io.stamp = { path in
            guard let text = open.text(path, resolve) else { return baseStamp(path) }
            return FileStamp(size: Int64(text.utf8.count), inode: 0, modified: -1,
                             changed: Int64(truncatingIfNeeded: StableDigest.of(Array(text.utf8))))
        }
        return io
    }

    func text(of path: String) -> String? {
        documents[path] ?? (try? fileIO.read(path)).map { String(decoding: $0, as: UTF8.self) }
    }

    func absolute(_ file: String) -> String { file.hasPrefix("/") ? file : root + "/" + file }

    func canonical(_ path: String) -> String { fileIO.resolve(path) ?? path }

    static func path(of document: [String: Any]) -> String? {
        (document["uri"] as? String).flatMap(path(ofURI:))
    }

    /// The path of a `file:` URI, percent-decoded; nil for any other scheme.
    static func path(ofURI uri: String) -> String? {
        guard uri.hasPrefix("file://") else { return nil }
        var rest = uri.dropFirst("file://".count)
        if let slash = rest.firstIndex(of: "/") { rest = rest[slash...] }  // a host (`file://localhost/…`)
        return String(rest).removingPercentEncoding
    }

    static func uri(of path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#[]@!$&'()*+,;=:")
        return "file://" + (path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path)
    }

    /// The editor's workspace folder: the first of `workspaceFolders`, else `rootUri`, else `rootPath`.
    static func workspacePath(_ params: [String: Any]) -> String? {
        if let folders = params["workspaceFolders"] as? [[String: Any]], let uri = folders.first?["uri"] as? String {
            return path(ofURI: uri)
        }
        if let uri = params["rootUri"] as? String { return path(ofURI: uri) }
        return params["rootPath"] as? String
    }
}

/// The open documents' text, read by the session's file system while the server changes it.
final class OpenDocuments: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String: String] = [:]

    var texts: [String: String] {
        get { lock.lock(); defer { lock.unlock() }; return storage }
        set { lock.lock(); storage = newValue; lock.unlock() }
    }

    func text(_ path: String, _ resolve: (String) -> String?) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return storage[path] ?? resolve(path).flatMap { storage[$0] }
    }
}
