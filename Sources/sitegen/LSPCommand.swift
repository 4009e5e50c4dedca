import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import SitegenCore

struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run a language server on stdin/stdout: the checks in an editor, as you type.",
        discussion: """
            Speaks the Language Server Protocol over standard input and output. Findings show on \
            their lines as the pages are written (unsaved text included), each finding's fix is a \
            quick fix, and formatting a document lines up its tables (as `sitegen fmt`). The site \
            is the editor's workspace folder unless --root names one. Exit codes: 0 after the \
            client's shutdown and exit, 1 on exit without shutdown or when the input ends or breaks.
            """
    )

    @OptionGroup var site: SiteOptions

    func run() throws {
        let server = LanguageServer(options: site.buildOptions(mode: .check), rootGiven: site.root != ".")
        server.log = { Terminal.error("sitegen lsp: " + $0 + "\n") }
        var reader = LSPMessageReader()
        var chunk = [UInt8](repeating: 0, count: 65536)
        func send(_ messages: [[String: Any]]) {
            for message in messages {
                let bytes = LSPMessageReader.frame(message)
                FileHandleOutput.write(String(decoding: bytes, as: UTF8.self), to: STDOUT_FILENO)
            }
        }
        while server.exitCode == nil {
            // Every whole message read so far; then, when no more is waiting, the check they asked for
            // (a burst of keystrokes is checked once).
            do {
                while let message = try reader.next() {
                    send(server.handle(message))
                    if server.exitCode != nil { break }
                }
            } catch {
                Terminal.error("sitegen lsp: \(error)\n")
                throw ExitCode(1)
            }
            if server.exitCode != nil { break }
            if server.needsCheck, !Self.inputWaiting() { send(server.check()) }
            let count = read(STDIN_FILENO, &chunk, chunk.count)
            if count <= 0 { throw ExitCode(1) }
            reader.add(chunk[..<count])
        }
        throw ExitCode(server.exitCode ?? 1)
    }

    /// Whether standard input has bytes to read now.
    static func inputWaiting() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0
    }
}
