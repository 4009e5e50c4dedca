import NIOHTTP1

/// What the dev server answers to one request: a status, headers and either
/// the whole body or the live-reload event stream, which lasts as long as
/// the connection.
struct Reply: Sendable {
    enum Body: Sendable {
        case bytes([UInt8])
        /// The reload hub's events (see `ReloadHub.subscribe`).
        case events
    }

    var status: HTTPResponseStatus
    var headers: HTTPHeaders
    var body: Body
    /// Close the connection after this reply (refused requests).
    var closes = false

    init(_ status: HTTPResponseStatus, headers: HTTPHeaders = [:], body: Body = .bytes([]), closes: Bool = false) {
        self.status = status
        self.headers = headers
        self.body = body
        self.closes = closes
    }

    /// A short plain-text answer (errors, refusals).
    static func text(_ status: HTTPResponseStatus, _ text: String, extra: [(String, String)] = [],
                     closes: Bool = false) -> Reply {
        var headers = HTTPHeaders([("Content-Type", "text/plain; charset=utf-8"), ("X-Content-Type-Options", "nosniff")])
        headers.add(contentsOf: extra)
        return Reply(status, headers: headers, body: .bytes(Array(text.utf8)), closes: closes)
    }
}
