import Foundation
import NIOCore
import SitegenCore
import Testing
@testable import SitegenServer

/// `sitegen serve` that cannot listen says why and what to do, and builds nothing.
@Suite(.serialized) struct ListenFailureTests {
    static func server(root: String, host: String = "127.0.0.1", port: UInt16) -> DevServer {
        var build = BuildOptions()
        build.root = root
        var options = DevServer.Options(build: build)
        options.host = host
        options.port = port
        options.watch = false
        return DevServer(options: options)
    }

    static func failure(of server: DevServer) async -> ListenFailure? {
        do {
            _ = try await server.start()
            await server.stop()
            return nil
        } catch {
            return error as? ListenFailure
        }
    }

    @Test func aPortInUseIsReportedBeforeAnythingIsBuilt() async throws {
        let (running, http) = try await DevServerTests.start(try DevServerTests.makeSite())
        let other = try DevServerTests.makeSite()
        let failure = await Self.failure(of: Self.server(root: other, port: http.port))
        await running.stop()
        #expect(failure?.message == "cannot serve on 127.0.0.1:\(http.port): the port is already in use "
                + "(another `sitegen serve` may be running)")
        #expect(failure?.hint == "stop the other server, or choose another port with --port N (--port 0 picks a free one)")
        #expect(!FileManager.default.fileExists(atPath: other + "/public"))  // nothing built, nothing written
    }

    /// 192.0.2.0/24 is reserved for documentation (RFC 5737), never an address of this machine;
    /// `.invalid` names never resolve (RFC 6761).
    @Test(arguments: [
        ("192.0.2.1", "192.0.2.1 is not an address of this machine",
         "use --host 127.0.0.1 (the default) or one of this machine's own addresses"),
        ("nowhere.invalid", "no address is known for 'nowhere.invalid'",
         "give --host an IP address, such as 127.0.0.1 (the default) or ::1"),
    ])
    func aHostThatCannotBeListenedOnIsNamed(_ host: String, _ reason: String, _ hint: String) async throws {
        let root = try DevServerTests.makeSite()
        let failure = await Self.failure(of: Self.server(root: root, host: host, port: 0))
        #expect(failure?.message == "cannot serve on \(host):0: \(reason)")
        #expect(failure?.hint == hint)
        #expect(!FileManager.default.fileExists(atPath: root + "/public"))
    }

    @Test func eachCauseHasItsOwnWords() {
        let denied = ListenFailure(host: "::1", port: 80, error: IOError(errnoCode: EACCES, reason: "bind"))
        #expect(denied.description == "cannot serve on [::1]:80: not allowed to listen on this port\n"
                + "  hint: ports below 1024 need administrator rights: choose another with --port N (the default is 1313)")
        let bracketed = ListenFailure(host: "[::1]", port: 80, error: IOError(errnoCode: EACCES, reason: "bind"))
        #expect(bracketed.message == denied.message)  // brackets given or not, written once
        let other = ListenFailure(host: "127.0.0.1", port: 1313, error: IOError(errnoCode: EMFILE, reason: "socket"))
        #expect(other.message.hasPrefix("cannot serve on 127.0.0.1:1313: "))
        #expect(other.hint == "check --host and --port")
    }
}
