#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SitegenCore

/// Writing to the terminal: stderr for progress and diagnostics, colour only on a TTY.
enum Terminal {
    static var stderrIsTTY: Bool { isatty(2) == 1 && getenv("NO_COLOR") == nil }

    static func error(_ text: String) {
        FileHandleOutput.write(text, to: 2)
    }

    static func out(_ text: String) {
        FileHandleOutput.write(text, to: 1)
    }

    /// A text formatter showing source lines from the built site (each file read once: a page with
    /// thousands of findings was read and split into lines once per finding).
    static func formatter(for report: BuildReport, root: String) -> TextFormatter {
        let lines = SourceLineCache(root: root)
        return TextFormatter(color: stderrIsTTY) { lines.line(file: $0, line: $1) }
    }
}

enum FileHandleOutput {
    static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }
}
