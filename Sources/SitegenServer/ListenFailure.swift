import Foundation
import NIOCore

/// Why the dev server could not listen, said for the terminal: what is wrong
/// and how to fix it (NIO's own words name a system call and an errno).
public struct ListenFailure: Error, CustomStringConvertible, Sendable {
    public let message: String
    public let hint: String

    public var description: String { "\(message)\n  hint: \(hint)" }

    init(host: String, port: Int, error: any Error) {
        let place = "cannot serve on \(DevServer.displayHost(host)):\(port)"
        switch (error as? IOError)?.errnoCode {
        case EADDRINUSE:
            message = "\(place): the port is already in use (another `sitegen serve` may be running)"
            hint = "stop the other server, or choose another port with --port N (--port 0 picks a free one)"
        case EACCES:
            message = "\(place): not allowed to listen on this port"
            hint = "ports below 1024 need administrator rights: choose another with --port N (the default is 1313)"
        case EADDRNOTAVAIL:
            message = "\(place): \(host) is not an address of this machine"
            hint = "use --host 127.0.0.1 (the default) or one of this machine's own addresses"
        default:
            if error is SocketAddressError.UnknownHost || error is SocketAddressError {
                message = "\(place): no address is known for '\(host)'"
                hint = "give --host an IP address, such as 127.0.0.1 (the default) or ::1"
            } else {
                message = "\(place): \(error)"
                hint = "check --host and --port"
            }
        }
    }
}
