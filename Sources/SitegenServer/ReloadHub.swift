import Foundation
import SitegenCore

/// Tells open pages about builds over server-sent events: `hello` when a page
/// connects (the build version and current errors), `reload` after a
/// successful build that changed the output, `errors` after a failed one (and,
/// with none, after a build that fixed them without changing the output).
/// Pages keep the last good site; the errors show in an overlay until a build
/// succeeds.
public final class ReloadHub: @unchecked Sendable {
    /// Where one open page's events go: `send` delivers an event's bytes,
    /// `finish` ends the stream (the server is stopping).
    struct Subscriber: Sendable {
        var send: @Sendable ([UInt8]) -> Void
        var finish: @Sendable () -> Void
    }

    private let lock = NSLock()
    private var subscribers: [Int: Subscriber] = [:]
    private var nextID = 0
    private var announced = false
    public private(set) var version = 1
    /// The diagnostics of the last build as JSON (an array), "[]" when it succeeded.
    public private(set) var errorsJSON = "[]"

    public init() {}

    public var subscriberCount: Int { lock.withLock { subscribers.count } }

    /// Adds a page's event stream and sends it `hello` (the build version and
    /// current errors); returns the id to `unsubscribe` with.
    func subscribe(_ subscriber: Subscriber) -> Int {
        let (id, hello) = lock.withLock { () -> (Int, [UInt8]) in
            nextID += 1
            subscribers[nextID] = subscriber
            return (nextID, Self.event("hello", "{\"version\":\(version),\"errors\":\(errorsJSON)}", retry: true))
        }
        subscriber.send(hello)
        return id
    }

    func unsubscribe(_ id: Int) {
        _ = lock.withLock { subscribers.removeValue(forKey: id) }
    }

    /// Tells pages to reload before the build has finished (the open pages
    /// are already written); `publish` then does not announce it again.
    public func reloadEarly() {
        let (message, to) = lock.withLock { () -> ([UInt8], [Subscriber]) in
            version += 1
            errorsJSON = "[]"
            announced = true
            return (Self.event("reload", "{\"version\":\(version)}"), Array(subscribers.values))
        }
        for subscriber in to { subscriber.send(message) }
    }

    /// Announces a finished build.
    public func publish(_ build: SessionBuild) {
        let (message, to) = lock.withLock { () -> ([UInt8]?, [Subscriber]) in
            defer { announced = false }
            if build.succeeded, announced { return (nil, []) }
            if build.succeeded, build.changed.isEmpty, !build.interrupted {
                // Nothing served changed (a save without an edit, an edit undone): no reload, which
                // would lose the reader's place; an overlay of the build before goes.
                guard errorsJSON != "[]" else { return (nil, []) }
                errorsJSON = "[]"
                return (Self.event("errors", "{\"version\":\(version),\"errors\":[]}"), Array(subscribers.values))
            }
            if build.succeeded {
                version += 1
                errorsJSON = "[]"
                return (Self.event("reload", "{\"version\":\(version)}"), Array(subscribers.values))
            }
            errorsJSON = Self.json(build.report.diagnostics.filter { $0.severity == .error })
            return (Self.event("errors", "{\"version\":\(version),\"errors\":\(errorsJSON)}"), Array(subscribers.values))
        }
        if let message { for subscriber in to { subscriber.send(message) } }
    }

    /// A comment line every few seconds, so dead connections are noticed.
    func ping() {
        let to = lock.withLock { Array(subscribers.values) }
        let message = Array(": ping\n\n".utf8)
        for subscriber in to { subscriber.send(message) }
    }

    /// Ends every stream (the server is stopping). Subscribers are called
    /// outside the lock: what they do may unsubscribe.
    public func finishAll() {
        let all = lock.withLock { () -> [Subscriber] in
            defer { subscribers = [:] }
            return Array(subscribers.values)
        }
        for subscriber in all { subscriber.finish() }
    }

    static func event(_ name: String, _ data: String, retry: Bool = false) -> [UInt8] {
        Array(((retry ? "retry: 500\n" : "") + "event: \(name)\ndata: \(data)\n\n").utf8)
    }

    static func json(_ diagnostics: [Diagnostic]) -> String {
        let items: [[String: Any]] = diagnostics.map { diagnostic in
            var item: [String: Any] = ["file": diagnostic.file, "rule": diagnostic.id, "name": diagnostic.name,
                                       "severity": diagnostic.severity.rawValue, "message": diagnostic.message]
            if let range = diagnostic.range {
                item["line"] = range.start.line
                item["column"] = range.start.column
            }
            if let hint = diagnostic.hint { item["hint"] = hint }
            return item
        }
        guard let data = try? JSONSerialization.data(withJSONObject: items, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}
