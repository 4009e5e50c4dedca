import NIOCore
import NIOHTTP1
import NIOPosix

/// The dev server's socket: SwiftNIO's HTTP/1.1 server pipeline with tight
/// limits and a request-head deadline, served on its own event loops (shut
/// down with it). Everything runs on those loops and NIO's thread pool.
final class HTTPListener: Sendable {
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
    private let serverChannel: any Channel
    private let connections: OpenConnections
    let port: Int

    private init(group: MultiThreadedEventLoopGroup, serverChannel: any Channel, connections: OpenConnections) {
        self.group = group
        self.serverChannel = serverChannel
        self.connections = connections
        port = serverChannel.localAddress?.port ?? 0
    }

    /// Binds (port 0: any free port) and starts serving with `handler`.
    static func start(host: String, port: Int, handler: RequestHandler) async throws -> HTTPListener {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
        let connections = OpenConnections()
        do {
            let channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.backlog, value: 256)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
                .childChannelInitializer { child in
                    child.eventLoop.makeCompletedFuture {
                        connections.add(child)
                        let pipeline = child.pipeline.syncOperations
                        try pipeline.configureHTTPServerPipeline(withEncoderConfiguration: .init(),
                                                                 withDecoderLimitConfiguration: limits)
                        try pipeline.addHandler(RequestDeadline(limit: requestDeadline))
                        try pipeline.addHandler(HTTPConnectionHandler(handler: handler))
                    }
                }
                .bind(host: host, port: port)
                .get()
            return HTTPListener(group: group, serverChannel: channel, connections: connections)
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
    }

    /// Binds `host:port` and lets go at once: whether the server can listen there, asked before
    /// the first build. (The server itself listens only once the site is built and watched, so
    /// a client that can connect finds it ready.)
    static func probe(host: String, port: Int) async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            let channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .bind(host: host, port: port)
                .get()
            try await channel.close()
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
        try await group.shutdownGracefully()
    }

    /// Stops accepting, closes every open connection, then the event loops.
    func stop() async {
        try? await serverChannel.close()
        await connections.closeAll()
        try? await group.shutdownGracefully()
    }
}
