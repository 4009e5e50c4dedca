import Foundation
import Testing

/// `sitegen lsp` as an editor runs it: messages framed on stdin and stdout.
@Suite struct LSPCommandTests {
    static func frame(_ message: [String: Any]) throws -> Data {
        let body = try JSONSerialization.data(withJSONObject: message)
        return Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    @Test func anEditorSessionGetsFindingsOfUnsavedTextAndExitsZero() throws {
        let site = try SiteFolder(["Content/index.md": "# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["lsp"]
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let root = URL(fileURLWithPath: site.root).absoluteString
        let uri = root + (root.hasSuffix("/") ? "" : "/") + "Content/index.md"
        try input.fileHandleForWriting.write(contentsOf: try Self.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize",
                                                                          "params": ["rootUri": root, "capabilities": [:]]]))
        try input.fileHandleForWriting.write(contentsOf: try Self.frame(["jsonrpc": "2.0", "method": "initialized", "params": [:]]))
        try input.fileHandleForWriting.write(contentsOf: try Self.frame(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": [
            "textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": "# T\n\n| a | b |\n|---|---|\n| 1 |\n"]]]))
        // Read until the page's findings come.
        var received = Data()
        let deadline = Date().addingTimeInterval(30)
        while !String(decoding: received, as: UTF8.self).contains("table-column-count"), Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received += chunk
        }
        let text = String(decoding: received, as: UTF8.self)
        #expect(text.hasPrefix("Content-Length: "))
        #expect(text.contains("\"serverInfo\":{\"name\":\"sitegen\""))
        #expect(text.contains("\"method\":\"textDocument/publishDiagnostics\""), "\(text)")
        #expect(text.contains("row has 1 cell, header has 2"))
        try input.fileHandleForWriting.write(contentsOf: try Self.frame(["jsonrpc": "2.0", "id": 2, "method": "shutdown"]))
        try input.fileHandleForWriting.write(contentsOf: try Self.frame(["jsonrpc": "2.0", "method": "exit"]))
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try site.read("Content/index.md") == "# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
    }

    @Test func inputThatEndsWithoutExitIsStatusOne() throws {
        let site = try SiteFolder(["Content/index.md": "# T\n"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["lsp", "--root", site.root]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: try Self.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:]]))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
    }
}
