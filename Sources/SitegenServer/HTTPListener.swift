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
    private let connections: OpenConnections
    let port: Int

    private init(group: MultiThreadedEventLoopGroup, serverChannel: ServerChannel, connections: OpenConnections) {
        self.group = group
        self.serverChannel = serverChannel
        self.connections = connections
        port = serverChannel.channel.localAddress?.port ?? 0
    }

    /// Binds (port 0: any free port); `run` then serves.
    static func bind(host: String, port: Int) async throws -> HTTPListener {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
        let connections = OpenConnections()
        do {
            let channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.backlog, value: 256)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
                .bind(host: host, port: port) { child in
                    child.eventLoop.makeCompletedFuture {
                        connections.add(child)
                        let pipeline = child.pipeline.syncOperations
                        try pipeline.configureHTTPServerPipeline(withEncoderConfiguration: .init(), withDecoderLimitConfiguration: limits)
                        try pipeline.addHandler(RequestDeadline(limit: requestDeadline))
                        return try HTTPConnection.Channel(wrappingChannelSynchronously: child)
                    }
                }
            return HTTPListener(group: group, serverChannel: channel, connections: connections)
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

    /// Stops accepting and closes every open connection; `run` then returns.
    func stop() async {
        try? await serverChannel.channel.close()
        await connections.closeAll()
    }

    /// Shuts the event loops down, once `run` has returned (nothing runs on them any more).
    func shutdown() async {
        try? await group.shutdownGracefully()
    }
}
