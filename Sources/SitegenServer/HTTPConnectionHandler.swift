import NIOCore
import NIOHTTP1
import NIOPosix

/// Serves one client connection on its event loop: requests one after the
/// other (keep-alive; NIO's pipelining handler holds back the next request
/// until an answer is complete), each answered by the request handler on
/// NIO's blocking-I/O thread pool, so file reads never stall an event loop.
/// Nothing here waits on Swift's cooperative thread pool: a busy process
/// (tests, builds) cannot starve the server.
final class HTTPConnectionHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let handler: RequestHandler
    private var head: HTTPRequestHead?
    /// A refused request was answered; the connection is closing.
    private var refused = false

    init(handler: RequestHandler) { self.handler = handler }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !refused else { return }
        switch Self.unwrapInboundIn(data) {
        case .head(let request):
            if let refusal = RequestHandler.refusal(of: request) {
                // Answered before any body is read; the connection closes.
                refused = true
                send(refusal, to: request, context: context)
                return
            }
            head = request
        case .body:
            break
        case .end:
            guard let request = head else { return }
            head = nil
            let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            NIOThreadPool.singleton.runIfActive(eventLoop: context.eventLoop) { [handler] in
                handler.reply(to: request)
            }.whenComplete { result in
                let (this, context) = bound.value
                switch result {
                case .success(let reply): this.send(reply, to: request, context: context)
                case .failure: context.close(promise: nil)
                }
            }
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        // The decoder refused the request (NIO's error handler answered 400) or the socket failed.
        context.close(promise: nil)
    }

    private func send(_ reply: Reply, to request: HTTPRequestHead, context: ChannelHandlerContext) {
        var headers = reply.headers
        let closes = reply.closes || !request.isKeepAlive
        if closes { headers.replaceOrAdd(name: "Connection", value: "close") }
        switch reply.body {
        case .bytes(let bytes):
            headers.replaceOrAdd(name: "Content-Length", value: String(bytes.count))
            context.write(Self.wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: reply.status,
                                                                       headers: headers))), promise: nil)
            if request.method != .HEAD, !bytes.isEmpty {
                let buffer = context.channel.allocator.buffer(bytes: bytes)
                context.write(Self.wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
            }
            let written = context.writeAndFlush(Self.wrapOutboundOut(.end(nil)))
            if closes {
                let channel = context.channel
                written.whenComplete { _ in channel.close(promise: nil) }
            }
        case .events:
            context.writeAndFlush(Self.wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: reply.status,
                                                                               headers: headers))), promise: nil)
            stream(to: context.channel)
        }
    }

    /// Sends the hub's events on this connection until it closes or the hub
    /// finishes (the server stops). Writes on a `Channel` are safe from any thread.
    private func stream(to channel: any Channel) {
        let hub = handler.hub
        let id = hub.subscribe(ReloadHub.Subscriber(
            send: { bytes in
                channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(bytes: bytes))), promise: nil)
            },
            finish: {
                channel.writeAndFlush(HTTPServerResponsePart.end(nil)).whenComplete { _ in channel.close(promise: nil) }
            }))
        channel.closeFuture.whenComplete { _ in hub.unsubscribe(id) }
    }
}
