import Foundation
import SitegenFuzzing
import Testing
@testable import SitegenCore

/// `sitegen lsp`'s protocol, message by message, on a site in memory.
@Suite struct LanguageServerTests {
    static let uri = "file:///site/Content/index.md"

    static func server(_ page: String = "# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n") -> (LanguageServer, MemoryFileSystem) {
        let memory = MemoryFileSystem(files: ["/site/Content/index.md": Array(page.utf8)])
        var options = BuildOptions()
        options.root = "/nowhere"
        options.workers = 1
        let server = LanguageServer(options: options, rootGiven: false, fileIO: memory.fileIO)
        let reply = server.handle(["jsonrpc": "2.0", "id": 1, "method": "initialize",
                                   "params": ["workspaceFolders": [["uri": "file:///site", "name": "site"]]]])
        #expect(((reply.first?["result"] as? [String: Any])?["capabilities"] as? [String: Any])?["documentFormattingProvider"] as? Bool == true)
        return (server, memory)
    }

    static func open(_ server: LanguageServer, _ text: String, method: String = "textDocument/didOpen") {
        let params: [String: Any] = method == "textDocument/didOpen"
            ? ["textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": text]]
            : ["textDocument": ["uri": uri, "version": 2], "contentChanges": [["text": text]]]
        #expect(server.handle(["jsonrpc": "2.0", "method": method, "params": params]).isEmpty)
        #expect(server.needsCheck)
    }

    /// The diagnostics published for the page: (code, severity, start line, start and end character).
    static func published(_ messages: [[String: Any]]) -> [(String, Int, Int, Int, Int)] {
        messages.filter { ($0["params"] as? [String: Any])?["uri"] as? String == uri }.flatMap { message in
            ((message["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []).map { diagnostic in
                let range = diagnostic["range"] as? [String: [String: Int]]
                return (diagnostic["code"] as? String ?? "", diagnostic["severity"] as? Int ?? 0, range?["start"]?["line"] ?? -1,
                        range?["start"]?["character"] ?? -1, range?["end"]?["character"] ?? -1)
            }
        }
    }

    @Test func unsavedTextIsCheckedAndAFixedPageIsCleared() throws {
        let (server, memory) = Self.server()
        #expect(server.handle(["jsonrpc": "2.0", "method": "initialized", "params": [:]]).isEmpty)
        #expect(Self.published(server.check()).isEmpty)
        // A short row in the unsaved text, after wide characters and an emoji (UTF-16 columns).
        Self.open(server, "# T\n\n| 方式 | 费用 |\n|---|---|\n| 😀注销 |\n")
        let found = Self.published(server.check())
        #expect(found.count == 1)
        #expect(found.first.map { [$0.0] + ["\($0.1) \($0.2) \($0.3) \($0.4)"] } == ["table-column-count", "1 4 2 8"])  // to the closing pipe
        #expect(!server.needsCheck)
        // The file on disk was not touched.
        #expect(memory.files["/site/Content/index.md"] == Array("# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n".utf8))
        Self.open(server, "# T\n\n| 方式 | 费用 |\n|---|---|\n| 😀注销 | 免费 |\n", method: "textDocument/didChange")
        let cleared = server.check()
        #expect(cleared.count == 1 && Self.published(cleared).isEmpty)  // an empty list for the page
        let open = server.check()  // an open document is told each time, a closed page no more once cleared
        #expect(open.count == 1 && Self.published(open).isEmpty)
    }

    @Test func aFindingsFixIsAQuickFixThatMendsIt() throws {
        let (server, _) = Self.server()
        let text = "# T\n\n| 方式 | 费用 | 耗时 |\n|---|---|---|\n| 注销 |\n"
        Self.open(server, text)
        _ = server.check()
        let reply = server.handle(["jsonrpc": "2.0", "id": 7, "method": "textDocument/codeAction", "params": [
            "textDocument": ["uri": Self.uri], "range": ["start": ["line": 4, "character": 0], "end": ["line": 4, "character": 0]],
            "context": ["diagnostics": []]]])
        let actions = try #require(reply.first?["result"] as? [[String: Any]])
        #expect(reply.first?["id"] as? Int == 7)
        #expect(actions.map { $0["title"] as? String } == ["add 2 empty cells to line 5 (table-column-count)"])
        #expect(actions.first?["kind"] as? String == "quickfix" && actions.first?["isPreferred"] as? Bool == true)
        let changes = try #require((actions.first?["edit"] as? [String: Any])?["changes"] as? [String: [[String: Any]]])
        let edit = try #require(changes[Self.uri]?.first)
        let start = try #require((edit["range"] as? [String: [String: Int]])?["start"])
        // Applied where the editor would: line 4 (0-based), at that UTF-16 offset.
        var lines = text.components(separatedBy: "\n")
        let line = Array(lines[start["line"]!].utf16)
        lines[start["line"]!] = String(decoding: line[..<start["character"]!], as: UTF16.self) + (edit["newText"] as? String ?? "")
            + String(decoding: line[start["character"]!...], as: UTF16.self)
        Self.open(server, lines.joined(separator: "\n"), method: "textDocument/didChange")
        #expect(Self.published(server.check()).isEmpty)
        // No action for a line without a finding.
        let none = server.handle(["jsonrpc": "2.0", "id": 8, "method": "textDocument/codeAction", "params": [
            "textDocument": ["uri": Self.uri], "range": ["start": ["line": 0, "character": 0], "end": ["line": 1, "character": 0]]]])
        #expect((none.first?["result"] as? [Any])?.isEmpty == true)
    }

    @Test func formattingLinesUpTheOpenDocumentsTables() throws {
        let (server, _) = Self.server()
        Self.open(server, "# T\n\n|方式|费用|\n|:-|-:|\n|注销|免费|\n")
        let reply = server.handle(["jsonrpc": "2.0", "id": 3, "method": "textDocument/formatting",
                                   "params": ["textDocument": ["uri": Self.uri], "options": ["tabSize": 2, "insertSpaces": true]]])
        let edits = try #require(reply.first?["result"] as? [[String: Any]])
        #expect(edits.count == 1)
        #expect(edits.first?["newText"] as? String == "# T\n\n| 方式 | 费用 |\n| :--- | ---: |\n| 注销 | 免费 |\n")
        #expect(edits.first?["range"] as? [String: [String: Int]] == ["start": ["line": 0, "character": 0], "end": ["line": 5, "character": 0]])
        Self.open(server, edits.first?["newText"] as? String ?? "", method: "textDocument/didChange")
        let again = server.handle(["jsonrpc": "2.0", "id": 4, "method": "textDocument/formatting",
                                   "params": ["textDocument": ["uri": Self.uri], "options": [:]]])
        #expect((again.first?["result"] as? [Any])?.isEmpty == true)
    }

    /// While a page is typed only it is read again; a save looks at every file (one changed on disk
    /// meanwhile, by another program, is seen then).
    @Test func typingRereadsThePageAndASaveLooksAtEveryFile() throws {
        let (server, memory) = Self.server()
        try memory.fileIO.write("/site/Content/other.md", Array("# Other\n".utf8))
        Self.open(server, "# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
        _ = server.check()
        try memory.fileIO.write("/site/Content/other.md", Array("# Other\n\n| x | y |\n|---|---|\n| 1 |\n".utf8))
        Self.open(server, "# T\n\n| a | b |\n|---|---|\n| 1 |\n", method: "textDocument/didChange")
        let typed = server.check()
        #expect(Self.published(typed).count == 1)
        #expect(!typed.contains { ($0["params"] as? [String: Any])?["uri"] as? String == "file:///site/Content/other.md" })
        #expect(server.handle(["jsonrpc": "2.0", "method": "textDocument/didSave",
                               "params": ["textDocument": ["uri": Self.uri]]]).isEmpty)
        let saved = server.check()
        #expect(saved.contains { ($0["params"] as? [String: Any])?["uri"] as? String == "file:///site/Content/other.md" })
    }

    @Test func hoverSaysWhatACellMeans() throws {
        let (server, _) = Self.server()
        Self.open(server, "# T\n\n| 套餐 | 内存 | 耗时 |\n|---|---|---|\n| 😀入门 | 512 MB | 很快 |\n")
        func hover(_ line: Int, _ character: Int) -> [[String: Any]] {
            server.handle(["jsonrpc": "2.0", "id": 11, "method": "textDocument/hover",
                           "params": ["textDocument": ["uri": Self.uri], "position": ["line": line, "character": character]]])
        }
        // Not checked yet: the hover checks first, and publishes what it found.
        let first = hover(4, 11)
        #expect(first.count == 2 && first[0]["method"] as? String == "textDocument/publishDiagnostics")
        let result = try #require(first[1]["result"] as? [String: Any])
        #expect((result["contents"] as? [String: String])?["value"] == "**size 512 MB**\n\n😀入门 › 内存 · table `table-1`")
        #expect(result["range"] as? [String: [String: Int]] == ["start": ["line": 4, "character": 9], "end": ["line": 4, "character": 15]])
        let text = try #require(hover(4, 19).first?["result"] as? [String: Any])
        #expect((text["contents"] as? [String: String])?["value"]?.hasPrefix("**text \"很快\"**") == true)
        #expect((text["contents"] as? [String: String])?["value"]?.contains("Read as text") == true)
        #expect(hover(0, 1).first?["result"] is NSNull)  // a heading
        #expect(hover(4, 16).first?["result"] is NSNull)  // a pipe
    }

    @Test func definitionGoesWhereALinkPointsAndTheOutlineNestsHeadingsAndTables() throws {
        let (server, _) = Self.server()
        let other = "# Other\n\nIntro.\n\n## 条件 {#terms}\n\n<!-- sitegen:table {id: plans} -->\n| a | b |\n|---|---|\n| 1 | 2 |\n"
        try server.fileIO.write("/site/Content/other.md", Array(other.utf8))
        Self.open(server, "# T\n\nSee [terms](other.md#terms), [plans](other.md#tbl-plans), [top](#t) and [web](https://example.org).\n\n"
            + "## Part\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n### Deep\n\n## Next\n")
        func definition(_ character: Int) -> Any? {
            server.handle(["jsonrpc": "2.0", "id": 12, "method": "textDocument/definition",
                           "params": ["textDocument": ["uri": Self.uri], "position": ["line": 2, "character": character]]]).last?["result"]
        }
        let terms = try #require(definition(6) as? [String: Any])
        #expect(terms["uri"] as? String == "file:///site/Content/other.md")
        #expect((terms["range"] as? [String: [String: Int]])?["start"] == ["line": 4, "character": 0])
        let plans = try #require(definition(32) as? [String: Any])
        #expect((plans["range"] as? [String: [String: Int]])?["start"]?["line"] == 7)
        let top = try #require(definition(64) as? [String: Any])
        #expect(top["uri"] as? String == Self.uri && (top["range"] as? [String: [String: Int]])?["start"]?["line"] == 0)
        #expect(definition(75) is NSNull)  // an external link
        #expect(definition(1) is NSNull)  // no link

        let reply = server.handle(["jsonrpc": "2.0", "id": 13, "method": "textDocument/documentSymbol",
                                   "params": ["textDocument": ["uri": Self.uri]]])
        let outline = try #require(reply.last?["result"] as? [[String: Any]])
        func names(_ symbols: [[String: Any]]) -> [String] {
            symbols.map { symbol in
                let children = symbol["children"] as? [[String: Any]] ?? []
                return (symbol["name"] as? String ?? "") + (children.isEmpty ? "" : "(" + names(children).joined(separator: ", ") + ")")
            }
        }
        #expect(names(outline) == ["T(Part(table-1, Deep), Next)"])
    }

    @Test func linkDestinationsAndAnchorsComplete() throws {
        let (server, _) = Self.server()
        try server.fileIO.write("/site/Content/guides/setup.md", Array("# Setup\n\n## 条件\n\n<!-- sitegen:table {id: steps} -->\n| a | b |\n|---|---|\n| 1 | 2 |\n".utf8))
        try server.fileIO.write("/site/Content/guides/images/flow.png", [0x89, 0x50])
        func complete(_ text: String) -> [[String: Any]] {
            Self.open(server, "# T\n\n## Here\n\n" + text + "\n", method: "textDocument/didChange")
            let reply = server.handle(["jsonrpc": "2.0", "id": 14, "method": "textDocument/completion", "params": [
                "textDocument": ["uri": Self.uri], "position": ["line": 4, "character": text.utf16.count]]])
            return reply.last?["result"] as? [[String: Any]] ?? []
        }
        Self.open(server, "# T\n")
        let pages = complete("See [setup](gui")
        #expect(Set(pages.compactMap { $0["label"] as? String }) == ["guides/", "guides/setup.md", "guides/images/flow.png"])  // a section by its folder
        let setup = try #require(pages.first { $0["label"] as? String == "guides/setup.md" })
        #expect(setup["detail"] as? String == "Setup")
        let edit = try #require(setup["textEdit"] as? [String: Any])
        #expect(edit["newText"] as? String == "guides/setup.md")
        #expect(edit["range"] as? [String: [String: Int]] == ["start": ["line": 4, "character": 12], "end": ["line": 4, "character": 15]])
        let anchors = complete("See [setup](guides/setup.md#")
        #expect(anchors.map { $0["label"] as? String } == ["setup", "条件", "tbl-steps"])
        #expect(complete("See [here](#").map { $0["label"] as? String } == ["t", "here"])
        #expect(complete("See [gone](nowhere.md#").isEmpty)
        #expect(complete("No link here").isEmpty)
        #expect(complete("Closed [x](a.md) then").isEmpty)
        #expect(LanguageServer.relativePath(from: "guides/a.md", to: "reference/b.md") == "../reference/b.md")
        #expect(LanguageServer.relativePath(from: "guides/a.md", to: "guides/b.md") == "b.md")
        #expect(LanguageServer.relativePath(from: "a.md", to: "guides/deep/b.md") == "guides/deep/b.md")
        #expect(LanguageServer.relativePath(from: "guides/deep/a.md", to: "_index.md") == "../../_index.md")
        #expect(LanguageServer.linkPath(from: "guides/deep/a.md", to: "_index.md") == "../../")
        #expect(LanguageServer.linkPath(from: "a.md", to: "_index.md") == "./")
        #expect(LanguageServer.linkPath(from: "a.md", to: "guides/index.md") == "guides/")
    }

    @Test func renamingAHeadingChangesTheLinksOfEveryPageAndReferencesListThem() throws {
        let memory = MemoryFileSystem(files: [
            "/site/Content/index.md": Array("# T\n\nSee [条件](other.md#注销条件).\n".utf8),
            "/site/Content/other.md": Array("# Other\n\n## 注销条件\n\n[back](#注销条件) [home](index.md)\n".utf8),
        ])
        var options = BuildOptions()
        options.workers = 1
        let server = LanguageServer(options: options, rootGiven: false, fileIO: memory.fileIO)
        let reply = server.handle(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [
            "workspaceFolders": [["uri": "file:///site", "name": "site"]],
            "capabilities": ["textDocument": ["rename": ["prepareSupport": true]]]]])
        let capabilities = try #require((reply.first?["result"] as? [String: Any])?["capabilities"] as? [String: Any])
        #expect(capabilities["renameProvider"] as? [String: Bool] == ["prepareProvider": true])
        #expect(capabilities["referencesProvider"] as? Bool == true)
        let other = "file:///site/Content/other.md"
        // The open text, unsaved, is what is renamed: a heading line added above moves it.
        let text = "# Other\n\nIntro.\n\n## 注销条件\n\n[back](#注销条件) [home](index.md)\n"
        #expect(server.handle(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": [
            "textDocument": ["uri": other, "languageId": "markdown", "version": 1, "text": text]]]).isEmpty)
        func request(_ method: String, line: Int, _ extra: [String: Any] = [:]) -> [[String: Any]] {
            server.handle(["jsonrpc": "2.0", "id": 30, "method": method, "params": [
                "textDocument": ["uri": other], "position": ["line": line, "character": 4]].merging(extra) { $1 }])
        }
        let prepared = try #require(request("textDocument/prepareRename", line: 4).last?["result"] as? [String: Any])
        #expect(prepared["placeholder"] as? String == "注销条件")
        #expect(prepared["range"] as? [String: [String: Int]] == ["start": ["line": 4, "character": 3], "end": ["line": 4, "character": 7]])
        #expect(request("textDocument/prepareRename", line: 2).last?["result"] is NSNull)  // prose

        // References: the heading's links, with its declaration when asked; on prose, the page's.
        func places(_ messages: [[String: Any]]) -> [String] {
            (messages.last?["result"] as? [[String: Any]] ?? []).map { location in
                let start = (location["range"] as? [String: [String: Int]])?["start"] ?? [:]
                return "\((location["uri"] as? String ?? "").split(separator: "/").last ?? ""):\(start["line"] ?? -1):\(start["character"] ?? -1)"
            }
        }
        #expect(places(request("textDocument/references", line: 4, ["context": ["includeDeclaration": true]]))
                == ["other.md:4:0", "index.md:2:4", "other.md:6:0"])
        #expect(places(request("textDocument/references", line: 4, ["context": ["includeDeclaration": false]]))
                == ["index.md:2:4", "other.md:6:0"])
        #expect(places(request("textDocument/references", line: 2)) == ["index.md:2:4"])

        let renamed = request("textDocument/rename", line: 4, ["newName": "解除实名的条件"])
        let changes = try #require((renamed.last?["result"] as? [String: Any])?["changes"] as? [String: [[String: Any]]])
        #expect(Set(changes.keys) == [Self.uri, other])
        // Applied where the editor would apply them, the site checks clean.
        let newOther = Self.apply(changes[other] ?? [], to: text)
        #expect(newOther == "# Other\n\nIntro.\n\n## 解除实名的条件\n\n[back](#解除实名的条件) [home](index.md)\n")
        let newIndex = Self.apply(changes[Self.uri] ?? [], to: "# T\n\nSee [条件](other.md#注销条件).\n")
        #expect(newIndex == "# T\n\nSee [条件](other.md#解除实名的条件).\n")
        try memory.fileIO.write("/site/Content/index.md", Array(newIndex.utf8))
        #expect(server.handle(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": [
            "textDocument": ["uri": other, "version": 2], "contentChanges": [["text": newOther]]]]).isEmpty)
        #expect(server.handle(["jsonrpc": "2.0", "method": "textDocument/didSave", "params": ["textDocument": ["uri": other]]]).isEmpty)
        #expect(Self.published(server.check()).isEmpty)
        #expect(server.findings.isEmpty)

        // A name that is no heading text is an error, the file untouched.
        let refused = request("textDocument/rename", line: 4, ["newName": "  "])
        #expect((refused.last?["error"] as? [String: Any])?["message"] as? String == "a heading needs some text")
        let nowhere = request("textDocument/rename", line: 2, ["newName": "x"])
        #expect((nowhere.last?["error"] as? [String: Any])?["code"] as? Int == -32803)
    }

    /// LSP text edits (one line each, UTF-16 columns) applied to `text`, as an editor would.
    static func apply(_ edits: [[String: Any]], to text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        for edit in edits.reversed() {
            let range = edit["range"] as? [String: [String: Int]] ?? [:]
            let line = range["start"]!["line"]!, units = Array(lines[line].utf16)
            lines[line] = String(decoding: units[..<range["start"]!["character"]!], as: UTF16.self) + (edit["newText"] as? String ?? "")
                + String(decoding: units[range["end"]!["character"]!...], as: UTF16.self)
        }
        return lines.joined(separator: "\n")
    }

    @Test func renamingATableChangesItsIDAndTheLinksToIt() throws {
        let page = "# 方案\n\n<!-- sitegen:table {id: 价格, kind: plain} -->\n| 方案 | 价格 |\n|---|---|\n| A | 1元 |\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
        let other = "# Other\n\n[价格](index.md#tbl-价格), [the second](index.md#tbl-table-2), [asked](index.md#tbl-价格.ask=1).\n"
        let (server, _) = Self.server(page)
        try server.fileIO.write("/site/Content/other.md", Array(other.utf8))
        _ = server.handle(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
        func request(_ method: String, line: Int, _ extra: [String: Any] = [:]) -> [[String: Any]] {
            server.handle(["jsonrpc": "2.0", "id": 31, "method": method, "params": [
                "textDocument": ["uri": Self.uri], "position": ["line": line, "character": 2]].merging(extra) { $1 }])
        }
        // On the annotation or in the table: the written id; on a table without one: its first line.
        for line in [2, 4, 5] {
            let prepared = try #require(request("textDocument/prepareRename", line: line).last?["result"] as? [String: Any])
            #expect(prepared["placeholder"] as? String == "价格")
            #expect(prepared["range"] as? [String: [String: Int]] == ["start": ["line": 2, "character": 24], "end": ["line": 2, "character": 26]])
        }
        let second = try #require(request("textDocument/prepareRename", line: 8).last?["result"] as? [String: Any])
        #expect(second["placeholder"] as? String == "table-2")

        // Its references: the links to it, a shared view of it included.
        let references = request("textDocument/references", line: 3, ["context": ["includeDeclaration": false]]).last?["result"] as? [Any]
        #expect(references?.count == 2)
        let renamed = request("textDocument/rename", line: 3, ["newName": "费用"])
        let changes = try #require((renamed.last?["result"] as? [String: Any])?["changes"] as? [String: [[String: Any]]])
        let otherURI = "file:///site/Content/other.md"
        #expect(Set(changes.keys) == [Self.uri, otherURI])
        #expect(Self.apply(changes[Self.uri] ?? [], to: page) == page.replacingOccurrences(of: "{id: 价格", with: "{id: 费用"))
        #expect(Self.apply(changes[otherURI] ?? [], to: other) == other.replacingOccurrences(of: "tbl-价格", with: "tbl-费用"))
        // The table without an id gets an annotation.
        let named = request("textDocument/rename", line: 9, ["newName": "limits"])
        let added = try #require((named.last?["result"] as? [String: Any])?["changes"] as? [String: [[String: Any]]])
        #expect(Self.apply(added[Self.uri] ?? [], to: page).contains("\n\n<!-- sitegen:table {id: limits} -->\n| a | b |\n"))
        #expect(Self.apply(added[otherURI] ?? [], to: other).contains("(index.md#tbl-limits)"))
        // An id another table has is refused.
        let refused = request("textDocument/rename", line: 3, ["newName": "table-2"])
        #expect((refused.last?["error"] as? [String: Any])?["message"] as? String == "the table at Content/index.md:8 has the id 'table-2' already")
    }

    @Test func workspaceSymbolsFindPagesHeadingsAndTablesByTheirLettersInOrder() throws {
        let (server, _) = Self.server("# 首页\n\n## Cost table\n\n<!-- sitegen:table {id: plans, caption: Plans and costs} -->\n| a | b |\n|---|---|\n| 1 | 2 |\n")
        try server.fileIO.write("/site/Content/guide.md", Array("# 注销的条件\n\n## Costs\n".utf8))
        _ = server.handle(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
        func symbols(_ query: String) -> [String] {
            let reply = server.handle(["jsonrpc": "2.0", "id": 40, "method": "workspace/symbol", "params": ["query": query]])
            return (reply.last?["result"] as? [[String: Any]] ?? []).map { symbol in
                let location = symbol["location"] as? [String: Any]
                let line = ((location?["range"] as? [String: [String: Int]])?["start"]?["line"]).map { ":\($0)" } ?? ""
                return "\(symbol["kind"] as? Int ?? 0) \(symbol["name"] as? String ?? "") \((location?["uri"] as? String ?? "").split(separator: "/").last ?? "")\(line)"
            }
        }
        // Contained whole first (shorter first), then letters in order.
        #expect(symbols("cost") == ["15 Costs guide.md:2", "15 Cost table index.md:2", "23 Plans and costs index.md:5"])
        #expect(symbols("COST TBL") == ["15 Cost table index.md:2"])
        #expect(symbols("注销条件") == ["1 注销的条件 guide.md:0", "15 注销的条件 guide.md:0"])
        #expect(symbols("nothing like it").isEmpty)
        #expect(symbols("").count == 7)  // each page by its title, its headings (the title's too) and its table
        #expect(LanguageServer.match(Array("ab"), in: "xAyB") == 100_004)
        #expect(LanguageServer.match(Array("ba"), in: "xAyB") == nil)
    }

    @Test func closingADocumentChecksTheFileAgain() throws {
        let (server, _) = Self.server()
        Self.open(server, "# T\n\n| a | b |\n|---|---|\n| 1 |\n")
        #expect(Self.published(server.check()).count == 1)
        #expect(server.handle(["jsonrpc": "2.0", "method": "textDocument/didClose", "params": ["textDocument": ["uri": Self.uri]]]).isEmpty)
        #expect(Self.published(server.check()).isEmpty)
    }

    @Test func filesAreWatchedWhenTheClientCanAndResponsesAreNotAnswered() throws {
        let memory = MemoryFileSystem(files: ["/site/Content/index.md": Array("# T\n".utf8)])
        let server = LanguageServer(options: BuildOptions(), rootGiven: false, fileIO: memory.fileIO)
        _ = server.handle(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [
            "rootUri": "file:///site", "capabilities": ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]]]])
        let registration = server.handle(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
        #expect(registration.first?["method"] as? String == "client/registerCapability")
        let registrations = try #require((registration.first?["params"] as? [String: Any])?["registrations"] as? [[String: Any]])
        #expect(registrations.first?["method"] as? String == "workspace/didChangeWatchedFiles")
        // The client's answer is no request: nothing goes back.
        #expect(server.handle(["jsonrpc": "2.0", "id": "sitegen-watch", "result": NSNull()]).isEmpty)
        _ = server.check()
        try memory.fileIO.write("/site/Content/index.md", Array("# T\n\n| a | b |\n|---|---|\n| 1 |\n".utf8))
        #expect(server.handle(["jsonrpc": "2.0", "method": "workspace/didChangeWatchedFiles", "params": [
            "changes": [["uri": "file:///site/Content/index.md", "type": 2]]]]).isEmpty)
        #expect(server.needsCheck)
        #expect(Self.published(server.check()).count == 1)
        // A client that cannot is not asked.
        let (plain, _) = Self.server()
        #expect(plain.handle(["jsonrpc": "2.0", "method": "initialized", "params": [:]]).isEmpty)
    }

    @Test func unknownRequestsAreAnsweredAndShutdownThenExitIsZero() {
        let (server, _) = Self.server()
        let unknown = server.handle(["jsonrpc": "2.0", "id": "x", "method": "textDocument/codeLens", "params": [:]])
        #expect((unknown.first?["error"] as? [String: Any])?["code"] as? Int == -32601 && unknown.first?["id"] as? String == "x")
        #expect(server.handle(["jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": 1]]).isEmpty)
        #expect(server.exitCode == nil)
        let shutdown = server.handle(["jsonrpc": "2.0", "id": 9, "method": "shutdown"])
        #expect(shutdown.first?["result"] is NSNull)
        _ = server.handle(["jsonrpc": "2.0", "method": "exit"])
        #expect(server.exitCode == 0)
        let (abrupt, _) = Self.server()
        _ = abrupt.handle(["jsonrpc": "2.0", "method": "exit"])
        #expect(abrupt.exitCode == 1)
    }

    @Test func urisAndPositions() {
        #expect(LanguageServer.path(ofURI: "file:///site/Content/%E4%B8%AD%20x.md") == "/site/Content/中 x.md")
        #expect(LanguageServer.path(ofURI: "file://localhost/site/a.md") == "/site/a.md")
        #expect(LanguageServer.path(ofURI: "untitled:Untitled-1") == nil)
        #expect(LanguageServer.uri(of: "/site/Content/中 x#1.md") == "file:///site/Content/%E4%B8%AD%20x%231.md")
        let lines = LSPPosition.lines("a😀b\r\n中c\n")
        #expect(lines.count == 3)
        #expect(LSPPosition.of(line: 1, column: 3, in: lines) == ["line": 0, "character": 3])  // after a surrogate pair
        #expect(LSPPosition.of(line: 2, column: 9, in: lines) == ["line": 1, "character": 2])  // past the end: the end
        #expect(LSPPosition.of(line: 4, column: 1, in: lines) == ["line": 2, "character": 0])  // past the last line
        #expect(LSPPosition.column(ofUTF16: 3, in: lines[0]) == 3 && LSPPosition.column(ofUTF16: 1, in: lines[1]) == 2)
    }
}

@Suite struct LSPMessageReaderTests {
    @Test func messagesComeOutWholeHoweverTheBytesArrive() throws {
        let first = LSPMessageReader.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize"])
        let second = LSPMessageReader.frame(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["text": "中文"]])
        var reader = LSPMessageReader()
        var messages: [[String: Any]] = []
        for byte in first + second {
            reader.add([byte])
            while let message = try reader.next() { messages.append(message) }
        }
        #expect(messages.map { $0["method"] as? String } == ["initialize", "textDocument/didOpen"])
        #expect((messages[1]["params"] as? [String: String])?["text"] == "中文")
        var both = LSPMessageReader()
        both.add(Array("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n".utf8) + first + second)
        #expect(try both.next()?["id"] as? Int == 1)
        #expect(try both.next()?["method"] as? String == "textDocument/didOpen")
        #expect(try both.next() == nil)
    }

    @Test func badFramesAreErrors() {
        var noLength = LSPMessageReader()
        noLength.add(Array("Content-Type: x\r\n\r\n{}".utf8))
        #expect(throws: LSPMessageReader.Failure.badHeader("Content-Type: x")) { try noLength.next() }
        var notJSON = LSPMessageReader()
        notJSON.add(Array("Content-Length: 3\r\n\r\nabc".utf8))
        #expect(throws: LSPMessageReader.Failure.badBody) { try notJSON.next() }
        var huge = LSPMessageReader()
        huge.add(Array("Content-Length: 99999999999\r\n\r\n".utf8))
        #expect(throws: (any Error).self) { try huge.next() }
    }
}
