import Foundation
import PackagePlugin

/// `swift package sitegen-check [--root DIR] [check options]` runs `sitegen check`
/// on a site kept inside a Swift package (by default the package's own folder).
@main
struct SitegenCheck: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "sitegen")
        let packageDirectory = context.package.directoryURL.path
        var rest = arguments
        var root = packageDirectory
        if let index = rest.firstIndex(of: "--root"), index + 1 < rest.count {
            let value = rest[index + 1]
            root = value.hasPrefix("/") ? value : packageDirectory + "/" + value
            rest.removeSubrange(index...(index + 1))
        }
        let process = Process()
        process.executableURL = tool.url
        process.arguments = ["check", "--root", root] + rest
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            Diagnostics.error("sitegen check failed (exit code \(process.terminationStatus))")
            throw SitegenCheckFailure(status: process.terminationStatus)
        }
    }
}

struct SitegenCheckFailure: Error, CustomStringConvertible {
    let status: Int32
    var description: String { "sitegen check exited with code \(status)" }
}
