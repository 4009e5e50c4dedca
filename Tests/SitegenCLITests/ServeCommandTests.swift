import Foundation
import Testing

/// `sitegen serve` as a user starts it: what it says when it cannot serve.
@Suite(.serialized) struct ServeCommandTests {
    static let page = "---\ntitle: Home\n---\n\nHello.\n"

    /// Starts `sitegen serve`, reads its stderr until a line contains `marker` (or 20 s pass), stops
    /// it, and returns what it printed.
    static func serveUntil(_ marker: String, _ arguments: [String], in folder: String) throws -> String {
        try serve(arguments, in: folder, steps: [(marker, {})])
    }

    /// Starts `sitegen serve` and, for each step, reads its stderr until a line holds the step's
    /// marker (or 20 s pass) and then does the step's action; stops it and returns what it printed.
    static func serve(_ arguments: [String], in folder: String, steps: [(String, () throws -> Void)]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["serve"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer {
            // SIGKILL: a child of the test runner may start with SIGTERM blocked (the runner's mask).
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        var text = ""
        for (marker, action) in steps {
            let deadline = Date().addingTimeInterval(60)  // slow under a sanitizer on a busy machine
            while !text.contains(marker) {
                // Waits for output at most until the deadline (reading alone would block for ever).
                var request = pollfd(fd: err.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&request, 1, Int32(max(0, deadline.timeIntervalSinceNow * 1000))) > 0 else { break }
                let data = err.fileHandleForReading.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
            }
            try action()
        }
        return text
    }

    /// A port to occupy: one picked by the system, held by a listening socket.
    static func occupiedPort() throws -> (socket: Int32, port: UInt16) {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
        }
        try #require(bound == 0 && listen(socket, 1) == 0)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return (socket, UInt16(bigEndian: address.sin_port))
    }

    @Test func aPortInUseExitsTwoSayingWhatToDoAndWritesNothing() throws {
        let site = try SiteFolder(["Content/_index.md": Self.page])
        let (socket, port) = try Self.occupiedPort()
        defer { close(socket) }
        let result = try site.sitegen("serve", "--port", String(port))
        #expect(result.status == 2)
        #expect(result.stderr == "error: cannot serve on 127.0.0.1:\(port): the port is already in use "
                + "(another `sitegen serve` may be running)\n"
                + "  hint: stop the other server, or choose another port with --port N (--port 0 picks a free one)\n")
        #expect(!site.exists("public"))
    }

    @Test func aFirstBuildWithErrorsSaysThereIsNothingToServeYet() throws {
        let site = try SiteFolder(["Content/_index.md": Self.page + "\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\nglued prose\n"])
        let printed = try Self.serveUntil("(Ctrl-C to stop)", ["--port", "0"], in: site.root)
        #expect(printed.contains("build failed (2 errors) in "), "\(printed)")
        #expect(printed.contains(" ms; nothing to serve until a build succeeds: fix the errors above (open pages show them)\n"))
        #expect(!printed.contains("last good site"))

        // With a site built before, that site goes on being served.
        try site.write("Content/_index.md", Self.page)
        let good = try Self.serveUntil("(Ctrl-C to stop)", ["--port", "0"], in: site.root)
        #expect(good.contains(" changed (1 page, 0 warnings)\n"), "\(good)")
        try site.write("Content/_index.md", Self.page + "\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n")
        let again = try Self.serveUntil("(Ctrl-C to stop)", ["--port", "0"], in: site.root)
        #expect(again.contains("build failed (1 error) in "), "\(again)")
        #expect(again.contains(" ms; still serving the last good site\n"), "\(again)")
    }

    @Test func aConfigurationEditThatMovesTheOutputIsSaid() throws {
        let site = try SiteFolder(["Content/_index.md": Self.page, "sitegen.yml": "title: Moving\n"])
        let printed = try Self.serve(["--port", "0"], in: site.root, steps: [
            ("(Ctrl-C to stop)", { try site.write("sitegen.yml", "title: Moving\noutput: elsewhere\n") }),
            ("now serving", {}),
        ])
        let line = try #require(printed.split(separator: "\n").first { $0.hasPrefix("now serving ") }, "\(printed)")
        #expect(line.hasSuffix("/elsewhere (sitegen.yml moved the output folder)"))
        #expect(!printed.contains("now serving") || printed.components(separatedBy: "now serving").count == 2)
        #expect(site.exists("elsewhere/index.html"))
    }
}
