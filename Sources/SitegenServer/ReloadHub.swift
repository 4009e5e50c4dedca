import Foundation
import SitegenCore

/// Tells open pages about builds over server-sent events: `hello` when a page
/// connects (the build version and current errors), `reload` after a
/// successful build, `errors` after a failed one. Pages keep the last good
/// site; the errors show in an overlay until a build succeeds.
public final class ReloadHub: @unchecked Sendable {
    private let lock = NSLock()
    private var subscribers: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextID = 0
    private var announced = false
    public private(set) var version = 1
    /// The diagnostics of the last build as JSON (an array), "[]" when it succeeded.
    public private(set) var errorsJSON = "[]"

    public init() {}

    public var subscriberCount: Int { lock.withLock { subscribers.count } }

    /// A new event stream, starting with `hello`.
    func subscribe() -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let id = lock.withLock { () -> Int in
            nextID += 1
            subscribers[nextID] = continuation
            continuation.yield(Self.event("hello", "{\"version\":\(version),\"errors\":\(errorsJSON)}", retry: true))
            return nextID
        }
        continuation.onTermination = { [weak self] _ in
            self?.lock.withLock { _ = self?.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Tells pages to reload before the build has finished (the open pages
    /// are already written); `publish` then does not announce it again.
    public func reloadEarly() {
        lock.withLock {
            version += 1
            errorsJSON = "[]"
            announced = true
            broadcast(Self.event("reload", "{\"version\":\(version)}"))
        }
    }

    /// Announces a finished build.
    public func publish(_ build: SessionBuild) {
        lock.withLock {
            defer { announced = false }
            if build.succeeded, announced { return }
            if build.succeeded {
                version += 1
                errorsJSON = "[]"
                broadcast(Self.event("reload", "{\"version\":\(version)}"))
            } else {
                errorsJSON = Self.json(build.report.diagnostics.filter { $0.severity == .error })
                broadcast(Self.event("errors", "{\"version\":\(version),\"errors\":\(errorsJSON)}"))
            }
        }
    }

    /// A comment line every few seconds, so dead connections are noticed.
    func ping() {
        lock.withLock { broadcast(Array(": ping\n\n".utf8)) }
    }

    public func finishAll() {
        // Finished outside the lock: finishing runs `onTermination`, which takes it.
        let all = lock.withLock { () -> [AsyncStream<[UInt8]>.Continuation] in
            defer { subscribers = [:] }
            return Array(subscribers.values)
        }
        for continuation in all { continuation.finish() }
    }

    private func broadcast(_ bytes: [UInt8]) {
        for continuation in subscribers.values { continuation.yield(bytes) }
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
