import NIOCore
import NIOEmbedded
import NIOHTTP1
import Testing
@testable import SitegenServer

/// The request-head deadline on a virtual clock: silent and slow clients are
/// cut, a request being answered and an event stream are not.
@Suite struct RequestDeadlineTests {
    static func connected() throws -> (EmbeddedChannel, EmbeddedEventLoop) {
        let loop = EmbeddedEventLoop()
        let channel = EmbeddedChannel(handler: RequestDeadline(limit: .seconds(10)), loop: loop)
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        return (channel, loop)
    }

    static let head = HTTPServerRequestPart.head(HTTPRequestHead(version: .http1_1, method: .GET, uri: "/"))

    @Test func aSilentConnectionIsClosedAfterTheLimit() throws {
        let (channel, loop) = try Self.connected()
        loop.advanceTime(by: .seconds(9))
        #expect(channel.isActive)
        loop.advanceTime(by: .seconds(2))
        #expect(!channel.isActive)
    }

    @Test func aRequestHeadStopsTheClockAndAFinishedResponseRestartsIt() throws {
        let (channel, loop) = try Self.connected()
        loop.advanceTime(by: .seconds(5))
        try channel.writeInbound(Self.head)
        loop.advanceTime(by: .seconds(60))  // a slow answer, or an event stream, is never cut
        #expect(channel.isActive)
        try channel.writeOutbound(HTTPServerResponsePart.end(nil))
        loop.advanceTime(by: .seconds(9))
        #expect(channel.isActive)
        loop.advanceTime(by: .seconds(2))
        #expect(!channel.isActive, "an idle keep-alive connection is closed")
    }

    @Test func aHeadThatNeverCompletesDoesNotStopTheClock() throws {
        let (channel, loop) = try Self.connected()
        // The decoder passes nothing on until a head is complete: bytes trickling in do not count.
        for _ in 0..<5 { loop.advanceTime(by: .seconds(2)) }
        loop.advanceTime(by: .seconds(1))
        #expect(!channel.isActive)
    }
}
