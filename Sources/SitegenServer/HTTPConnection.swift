import NIOCore
import NIOHTTP1
import NIOPosix

/// One client connection of the dev server: reads requests one after the
/// other (keep-alive, pipelining), answers each through the request handler
/// on NIO's blocking-I/O thread pool (files are read there, never on an
/// event loop), and turns an event-stream reply into a chunked response that
/// lasts until the stream or the connection ends.
struct HTTPConnection {
    typealias Channel = NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>

    let channel: Channel
    let handler: RequestHandler

    /// Serves the connection until the client leaves, a reply closes it, or
    /// the server stops. Errors end this connection only.
    func run() async {
        do {
            try await channel.executeThenClose { inbound, outbound in
                var head: HTTPRequestHead?
                for try await part in inbound {
                    switch part {
                    case .head(let request):
                        if let refusal = RequestHandler.refusal(of: request) {
                            // Answered before any body is read; the connection closes.
                            _ = try await send(refusal, to: request, outbound)
                            return
                        }
                        head = request
                    case .body:
                        continue
                    case .end:
                        guard let request = head else { continue }
                        head = nil
                        let reply = try await NIOThreadPool.singleton.runIfActive { [handler] in
                            handler.reply(to: request)
                        }
                        let keepOpen = try await send(reply, to: request, outbound)
                        if !keepOpen { return }
                    }
                }
            }
        } catch {
            // The client went away, timed out or sent something the decoder refused (it answered 400).
        }
    }

    /// Writes a reply; whether the connection may serve another request.
    private func send(_ reply: Reply, to request: HTTPRequestHead,
                      _ outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>) async throws -> Bool {
        var headers = reply.headers
        let closes = reply.closes || !request.isKeepAlive
        if closes { headers.replaceOrAdd(name: "Connection", value: "close") }
        switch reply.body {
        case .bytes(let bytes):
            headers.replaceOrAdd(name: "Content-Length", value: String(bytes.count))
            try await outbound.write(.head(HTTPResponseHead(version: request.version, status: reply.status, headers: headers)))
            if request.method != .HEAD, !bytes.isEmpty {
                try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: bytes))))
            }
            try await outbound.write(.end(nil))
            return !closes
        case .events(let messages):
            try await outbound.write(.head(HTTPResponseHead(version: request.version, status: reply.status, headers: headers)))
            // Until the stream ends (the server stops) or the connection closes (the tab went away,
            // or the server closed it): whichever comes first cancels the other.
            let closed = channel.channel.closeFuture
            try await withThrowingTaskGroup(of: Void.self) { streaming in
                streaming.addTask {
                    for await message in messages {
                        try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: message))))
                    }
                    try await outbound.write(.end(nil))
                }
                streaming.addTask { try await closed.get() }
                try await streaming.next()
                streaming.cancelAll()
            }
            return false
        }
    }
}
