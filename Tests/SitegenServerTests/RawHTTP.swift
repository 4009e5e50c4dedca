import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP client over a raw socket: sends the request target exactly
/// as given (no normalisation of `..` or percent escapes, unlike URLSession).
struct RawHTTP: Sendable {
    let port: UInt16

    /// Runs blocking socket calls on a Dispatch thread: blocking a thread of
    /// Swift's cooperative pool (two on this machine) would starve the server.
    static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }

    func get(_ target: String, method: String = "GET") async throws -> Response {
        try await Self.offPool { try request(target, method: method) }
    }

    func stream(until predicate: @escaping @Sendable (String) -> Bool, afterConnect: @escaping @Sendable () throws -> Void)
        async throws -> String {
        try await Self.offPool { try events(until: predicate, afterConnect: afterConnect) }
    }

    struct Response: Sendable {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    func connect() throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(fd)
            throw POSIXError(.ECONNREFUSED)
        }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    func send(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, 0) }
    }

    /// One request with `Connection: close`, read to the end.
    func request(_ target: String, method: String = "GET") throws -> Response {
        let fd = try connect()
        defer { close(fd) }
        send(fd, "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return try Self.parse(data)
    }

    static func parse(_ data: Data) throws -> Response {
        guard let split = data.range(of: Data("\r\n\r\n".utf8)) else { throw POSIXError(.EBADMSG) }
        let head = String(decoding: data[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: Data(data[split.upperBound...]))
    }

    /// Opens the event stream and reads until `predicate` holds for what
    /// arrived (or the time runs out); `afterConnect` runs once connected.
    func events(until predicate: (String) -> Bool, timeout: TimeInterval = 20, afterConnect: () throws -> Void) throws -> String {
        let fd = try connect()
        defer { close(fd) }
        var short = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &short, socklen_t(MemoryLayout<timeval>.size))
        send(fd, "GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        var received = ""
        var buffer = [UInt8](repeating: 0, count: 65536)
        let start = Date()
        var connected = false
        while Date().timeIntervalSince(start) < timeout {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count > 0 { received += String(decoding: buffer[0..<count], as: UTF8.self) }
            if !connected, received.contains("event: hello") {
                connected = true
                try afterConnect()
            }
            if connected, predicate(received) { break }
            if count == 0 { break }
        }
        return received
    }
}
