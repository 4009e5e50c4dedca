import NIOCore
import NIOHTTP1
import NIOPosix

/// The dev server's socket: SwiftNIO's HTTP/1.1 server pipeline with tight
/// limits, one task per connection, its own event loops (stopped with it).
final class HTTPListener: Sendable {
    typealias ServerChannel = NIOAsyncChannel<HTTPConnection.Channel, Never>

    /// What a request may be: the request line and headers are refused by the
    /// decoder beyond these (400, connection closed), before anything is buffered.
    static let limits: NIOHTTPDecoderLimitConfiguration = {
        var limits = NIOHTTPDecoderLimitConfiguration()
        limits.maxHeaderFieldSize = 8_192
        limits.maxHeaderListSize = 16_384
        limits.maxHeaderFieldCount = 100
        return limits
    }()
    /// How long a connection may take to send a complete request head.
    static let requestDeadline = TimeAmount.seconds(10)

    private let group: MultiThreadedEventLoopGroup
    private let serverChannel: ServerChannel
    let port: Int

    private init(group: MultiThreadedEventLoopGroup, serverChannel: ServerChannel) {
        self.group = group
        self.serverChannel = serverChannel
        port = serverChannel.channel.localAddress?.port ?? 0
    }

    /// Binds (port 0: any free port); `run` then serves.
    static func bind(host: String, port: Int) async throws -> HTTPListener {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
        do {
            let channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.backlog, value: 256)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
                .bind(host: host, port: port) { child in
                    child.eventLoop.makeCompletedFuture {
                        let pipeline = child.pipeline.syncOperations
                        try pipeline.configureHTTPServerPipeline(withEncoderConfiguration: .init(), withDecoderLimitConfiguration: limits)
                        try pipeline.addHandler(RequestDeadline(limit: requestDeadline))
                        return try HTTPConnection.Channel(wrappingChannelSynchronously: child)
                    }
                }
            return HTTPListener(group: group, serverChannel: channel)
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
    }

    /// Accepts connections until `stop`; each is served in its own child task.
    func run(handler: RequestHandler) async {
        await withDiscardingTaskGroup { tasks in
            try? await serverChannel.executeThenClose { connections in
                for try await connection in connections {
                    tasks.addTask { await HTTPConnection(channel: connection, handler: handler).run() }
                }
            }
        }
    }

    /// Stops accepting, closes every open connection and the event loops.
    func stop() async {
        try? await serverChannel.channel.close()
        try? await group.shutdownGracefully()
    }
}
