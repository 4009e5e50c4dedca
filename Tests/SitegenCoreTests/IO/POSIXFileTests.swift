import Foundation
import Testing
@testable import SitegenCore

@Suite("Files written with the system calls")
struct POSIXFileTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "posixfile-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    @Test("writes the bytes, creating every missing folder, and replaces a longer file whole")
    func writesAndReplaces() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a/b/c/index.html"
        let long = [UInt8]((0..<100_000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        try POSIXFile.write(long, to: path)
        #expect(try FileIO.disk.read(path) == long)
        try POSIXFile.write(Array("short".utf8), to: path)
        #expect(try FileIO.disk.read(path) == Array("short".utf8))
        try POSIXFile.write([], to: folder + "/a/empty.txt")
        #expect(try FileIO.disk.read(folder + "/a/empty.txt") == [])
    }

    @Test("reads whole files of any size, empty ones, and says nil for a missing one")
    func reads() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for size in [0, 1, 4095, 4096, 4097, 300_000] {
            let bytes = [UInt8]((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) })
            try POSIXFile.write(bytes, to: folder + "/f\(size)")
            #expect(try POSIXFile.read(folder + "/f\(size)") == bytes)
        }
        #expect(try POSIXFile.read(folder + "/missing") == nil)
        let error = #expect(throws: POSIXFile.Failure.self) { _ = try POSIXFile.read(folder) }
        #expect(error?.description == "cannot read \(folder): Is a directory")
        // A file whose size stat cannot know (a pipe-like source such as /proc) is read to its end.
        let status = try #require(try POSIXFile.read("/proc/self/status"))
        #expect(String(decoding: status, as: UTF8.self).hasPrefix("Name:"))
    }

    @Test("a file where a folder must go is an error naming the path and the reason")
    func fileInTheWay() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try POSIXFile.write(Array("x".utf8), to: folder + "/blocker")
        let error = #expect(throws: POSIXFile.Failure.self) {
            try POSIXFile.write(Array("y".utf8), to: folder + "/blocker/inside/page.html")
        }
        #expect(error?.description.hasPrefix("cannot create the folder \(folder)/blocker/inside:") == true
            || error?.description.hasPrefix("cannot write \(folder)/blocker/inside/page.html:") == true)
        #expect(error?.description.contains("Not a directory") == true)
    }

    @Test("a name the system refuses fails with the system's reason, whoever runs it")
    func refusedName() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let name = String(repeating: "n", count: 300) + ".html"  // longer than NAME_MAX (255 bytes)
        let error = #expect(throws: POSIXFile.Failure.self) {
            try POSIXFile.write(Array("y".utf8), to: folder + "/" + name)
        }
        #expect(error?.description == "cannot write \(folder)/\(name): File name too long")
    }

    @Test("many threads creating the same folders at once all succeed")
    func concurrentFolders() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let base = folder
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            try? POSIXFile.write(Array("\(index)".utf8), to: base + "/x/y/z/\(index % 4)/page-\(index).html")
        }
        for index in 0..<64 {
            #expect(try FileIO.disk.read(base + "/x/y/z/\(index % 4)/page-\(index).html") == Array("\(index)".utf8))
        }
    }
}
