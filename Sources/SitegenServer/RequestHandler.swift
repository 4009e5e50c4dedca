import FlyingFox
import Foundation

/// Answers the dev server's requests: the live-reload script and event
/// stream, and files of the output folder (HTML with the script added).
/// Only GET and HEAD, no request bodies, 404 for anything outside the output.
struct RequestHandler: HTTPHandler {
    let files: OutputFiles
    let hub: ReloadHub
    let recent: RecentPages

    /// The most header fields, and header bytes, a request may have.
    static let maxHeaderFields = 100
    static let maxHeaderBytes = 16_384

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        var fields = 0
        var bytes = 0
        for (name, value) in request.headers {
            fields += 1
            bytes += name.rawValue.utf8.count + value.utf8.count + 4
        }
        guard fields <= Self.maxHeaderFields, bytes <= Self.maxHeaderBytes else {
            return Self.text(.requestHeaderFieldsTooLarge, "request headers too large\n",
                             extra: [.connection: "close"])
        }
        guard request.method == .GET || request.method == .HEAD else {
            return Self.text(.methodNotAllowed, "method not allowed\n", extra: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        if let length = request.headers[.contentLength], length != "0" {
            return Self.text(.payloadTooLarge, "request bodies are not accepted\n")
        }
        let rawPath = request.target.path(percentEncoded: true)
        switch rawPath {
        case ReloadScript.path:
            return response(.ok, type: "text/javascript; charset=utf-8", body: Array(ReloadScript.source.utf8), request)
        case ReloadScript.eventsPath:
            return HTTPResponse(
                statusCode: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-cache",
                          HTTPHeader("X-Accel-Buffering"): "no"],
                body: HTTPBodySequence(from: EventBytes(messages: hub.subscribe()), suggestedBufferSize: 4096))
        default:
            break
        }
        switch files.resolve(rawPath) {
        case .file(let path, let relative):
            guard var bytes = FileManager.default.contents(atPath: path).map({ [UInt8]($0) }) else {
                return notFound(request)
            }
            let type = OutputFiles.contentType(of: path)
            if type.hasPrefix("text/html") {
                bytes = ReloadScript.inject(into: bytes)
                recent.note(relative)
            }
            return response(.ok, type: type, body: bytes, request)
        case .redirect(let location):
            return HTTPResponse(statusCode: .movedPermanently, headers: [.location: location, .contentLength: "0"])
        case .notFound:
            return notFound(request)
        }
    }

    /// The site's own 404 page when it has one; before any build succeeded,
    /// a placeholder page that shows the errors and reloads once it does.
    private func notFound(_ request: HTTPRequest) -> HTTPResponse {
        if case .file(let path, _) = files.resolve("/404.html"), let data = FileManager.default.contents(atPath: path) {
            return response(.notFound, type: "text/html; charset=utf-8", body: ReloadScript.inject(into: [UInt8](data)), request)
        }
        if !FileManager.default.fileExists(atPath: files.root) {
            let page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>sitegen serve</title></head>\n"
                + "<body><p>No site has been built yet: waiting for a build without errors.</p></body></html>\n"
            return response(.notFound, type: "text/html; charset=utf-8", body: ReloadScript.inject(into: Array(page.utf8)), request)
        }
        return Self.text(.notFound, "not found\n")
    }

    private func response(_ status: HTTPStatusCode, type: String, body: [UInt8], _ request: HTTPRequest) -> HTTPResponse {
        var headers: [HTTPHeader: String] = [.contentType: type, .cacheControl: "no-cache",
                                             HTTPHeader("X-Content-Type-Options"): "nosniff"]
        if request.method == .HEAD {
            headers[.contentLength] = String(body.count)
            return HTTPResponse(statusCode: status, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(body))
    }

    static func text(_ status: HTTPStatusCode, _ text: String, extra: [HTTPHeader: String] = [:]) -> HTTPResponse {
        var headers: [HTTPHeader: String] = [.contentType: "text/plain; charset=utf-8",
                                             HTTPHeader("X-Content-Type-Options"): "nosniff"]
        headers.merge(extra) { _, new in new }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(text.utf8))
    }
}
