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

    /// A text formatter showing source lines from the built site.
    static func formatter(for report: BuildReport, root: String) -> TextFormatter {
        TextFormatter(color: stderrIsTTY) { file, line in
            SourceLines.line(file: file, line: line, root: root)
        }
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

/// Reads a line of a file for diagnostics excerpts.
enum SourceLines {
    static func line(file: String, line: Int, root: String) -> String? {
        let path = file.hasPrefix("/") ? file : root + "/" + file
        guard let bytes = try? FileIO.disk.read(path), let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return SourceText(text).line(line).map(String.init)
    }
}
