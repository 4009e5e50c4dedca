import Foundation
import NIOHTTP1
import SitegenCore

/// Answers the dev server's requests: the live-reload script and event
/// stream, and files of the output folder (HTML with the script added).
/// Only GET and HEAD, no request bodies, 404 for anything outside the output.
/// Request lines and headers over the limits never get here: the HTTP decoder
/// refuses them (see `HTTPListener.limits`).
struct RequestHandler: Sendable {
    let folder: ServedFolder
    let hub: ReloadHub
    let recent: RecentPages
    /// Told when a request finds no output folder.
    var outputMissing: @Sendable () -> Void = {}

    /// The answer to a request that is refused on its head alone (a method
    /// other than GET and HEAD, or a body), before its body is read.
    static func refusal(of request: HTTPRequestHead) -> Reply? {
        guard request.method == .GET || request.method == .HEAD else {
            return .text(.methodNotAllowed, "method not allowed\n", extra: [("Allow", "GET, HEAD")], closes: true)
        }
        if request.headers.contains(name: "Transfer-Encoding")
            || request.headers["Content-Length"].contains(where: { $0 != "0" }) {
            return .text(.payloadTooLarge, "request bodies are not accepted\n", closes: true)
        }
        return nil
    }

    func reply(to request: HTTPRequestHead) -> Reply {
        if let refusal = Self.refusal(of: request) { return refusal }
        let rawPath = String(request.uri.prefix { $0 != "?" && $0 != "#" })
        switch rawPath {
        case ReloadScript.path:
            return response(.ok, type: "text/javascript; charset=utf-8", body: Array(ReloadScript.source.utf8))
        case ReloadScript.eventsPath:
            return Reply(.ok, headers: ["Content-Type": "text/event-stream", "Cache-Control": "no-cache",
                                        "X-Accel-Buffering": "no"],
                         body: .events)
        default:
            break
        }
        let files = folder.files
        switch files.resolve(rawPath) {
        case .file(let path, let relative):
            guard var bytes = try? FileIO.disk.read(path) else {
                return notFound(files, for: rawPath)
            }
            let type = OutputFiles.contentType(of: path)
            if type.hasPrefix("text/html") {
                bytes = ReloadScript.inject(into: bytes)
                recent.note(relative)
            }
            return response(.ok, type: type, body: bytes)
        case .redirect(let location):
            // The query goes along (`/guide?x=1` → `/guide/?x=1`); a fragment never reaches a server.
            let query = request.uri.drop { $0 != "?" }.prefix { $0 != "#" }
            return Reply(.movedPermanently, headers: ["Location": location + query])
        case .notFound:
            return notFound(files, for: rawPath)
        }
    }

    /// The site's own 404 page when it has one; before any build succeeded (or
    /// once the output folder is gone), a placeholder page that shows the errors
    /// and reloads once a build succeeds.
    private func notFound(_ files: OutputFiles, for requestPath: String) -> Reply {
        for candidate in Self.notFoundPages(for: requestPath) {
            if case .file(let path, _) = files.resolve(candidate), let data = try? FileIO.disk.read(path) {
                return response(.notFound, type: "text/html; charset=utf-8", body: ReloadScript.inject(into: data))
            }
        }
        if !FileManager.default.fileExists(atPath: files.root) {
            outputMissing()
            let page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>sitegen serve</title></head>\n"
                + "<body><p>No site has been built yet: waiting for a build without errors.</p></body></html>\n"
            return response(.notFound, type: "text/html; charset=utf-8", body: ReloadScript.inject(into: Array(page.utf8)))
        }
        return .text(.notFound, "not found\n")
    }

    /// The 404 pages that may answer a missing `requestPath`, nearest first, as static hosts look
    /// for them (Cloudflare Pages): `/en/guide/x` → `/en/guide/404.html`, `/en/404.html`, `/404.html`.
    static func notFoundPages(for requestPath: String) -> [String] {
        var folders = requestPath.split(separator: "/").dropLast(requestPath.hasSuffix("/") ? 0 : 1).prefix(8)
        var pages: [String] = []
        while !folders.isEmpty {
            pages.append("/" + folders.joined(separator: "/") + "/404.html")
            folders = folders.dropLast()
        }
        return pages + ["/404.html"]
    }

    /// A file's answer. For HEAD the connection sends the head only, with the length a GET would get.
    private func response(_ status: HTTPResponseStatus, type: String, body: [UInt8]) -> Reply {
        let headers = HTTPHeaders([("Content-Type", type), ("Cache-Control", "no-cache"), ("X-Content-Type-Options", "nosniff")])
        return Reply(status, headers: headers, body: .bytes(body))
    }
}
