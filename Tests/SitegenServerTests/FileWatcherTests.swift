import Foundation
import Testing
@testable import SitegenServer

/// What the watcher tells a build: files written in place by name; anything
/// else (a new file, a rename, a deletion, a new folder) as "look at everything".
@Suite(.serialized) struct FileWatcherTests {
    final class Heard: @unchecked Sendable {
        private let lock = NSLock()
        private var changes = FileChanges()
        private var calls = 0
        func add(_ more: FileChanges) { lock.withLock { changes.merge(more); calls += 1 } }
        /// Waits for what `expected` names to be heard (any call when it names nothing): up to
        /// 30 s, for a watcher slowed by a sanitizer on a busy machine; then a moment for events
        /// that follow. Everything heard, or nil when nothing was.
        func take(covering expected: FileChanges = FileChanges()) async throws -> FileChanges? {
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline, !lock.withLock({ calls > 0 && Self.covers(changes, expected) }) {
                try await Task.sleep(nanoseconds: 10_000_000)
            }
            try await Task.sleep(nanoseconds: 200_000_000)
            return reset()
        }

        /// What is heard within a second: nil when the watcher keeps quiet, as it should.
        func quiet() async throws -> FileChanges? {
            try await Task.sleep(nanoseconds: 1_000_000_000)
            return reset()
        }

        private func reset() -> FileChanges? {
            lock.withLock {
                defer { changes = FileChanges(); calls = 0 }
                return calls == 0 ? nil : changes
            }
        }

        private static func covers(_ changes: FileChanges, _ expected: FileChanges) -> Bool {
            changes.written.isSuperset(of: expected.written) && (changes.other || !expected.other)
        }
    }

    static func folder() throws -> String {
        let root = NSTemporaryDirectory() + "sitegen-watch-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/a", withIntermediateDirectories: true)
        try "one\n".write(toFile: root + "/a/page.md", atomically: false, encoding: .utf8)
        try "two\n".write(toFile: root + "/top.md", atomically: false, encoding: .utf8)
        return root
    }

    /// Watches the targets `targets` names under a fresh ``folder()`` while `body` runs, then stops
    /// and removes the folder. `prepare` runs before watching starts (to set a test hook).
    static func watching(
        _ targets: (String) -> [FileWatcher.Target], prepare: (FileWatcher, String) -> Void = { _, _ in },
        _ body: (_ root: String, _ heard: Heard, _ watcher: FileWatcher) async throws -> Void
    ) async throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let heard = Heard()
        let watcher = FileWatcher(targets: targets(root)) { heard.add($0) }
        prepare(watcher, root)
        watcher.start()
        defer { watcher.stop() }
        try await body(root, heard, watcher)
    }

    static func writeInPlace(_ path: String, _ text: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    @Test func namesFilesWrittenInPlaceAndFlagsEverythingElse() async throws {
        #if os(Linux)
        try await Self.watching({ [.init(path: $0, recursive: true)] }) { root, heard, watcher in
            #expect(watcher.usesInotify)

            try Self.writeInPlace(root + "/a/page.md", "changed\n")
            try Self.writeInPlace(root + "/top.md", "changed\n")
            let both = FileChanges(written: [root + "/a/page.md", root + "/top.md"])
            let first = try await heard.take(covering: both)
            #expect(first == both, "\(String(describing: first))")

            try "new\n".write(toFile: root + "/a/new.md", atomically: false, encoding: .utf8)
            #expect(try await heard.take(covering: .unknown)?.other == true)

            try "saved by rename\n".write(toFile: root + "/top.md", atomically: true, encoding: .utf8)
            #expect(try await heard.take(covering: .unknown)?.other == true)

            try FileManager.default.removeItem(atPath: root + "/a/new.md")
            #expect(try await heard.take(covering: .unknown)?.other == true)

            try FileManager.default.createDirectory(atPath: root + "/b", withIntermediateDirectories: true)
            #expect(try await heard.take(covering: .unknown)?.other == true)
            // The new folder is watched too, and writes in it are named.
            try "in b\n".write(toFile: root + "/b/x.md", atomically: false, encoding: .utf8)
            _ = try await heard.take(covering: .unknown)
            try Self.writeInPlace(root + "/b/x.md", "in b, changed\n")
            let expected = FileChanges(written: [root + "/b/x.md"])
            #expect(try await heard.take(covering: expected) == expected)

            // Hidden and backup files are not reported at all.
            try Self.writeInPlace(root + "/a/page.md", "again\n")
            try ".swp\n".write(toFile: root + "/a/.page.md.swp", atomically: false, encoding: .utf8)
            try "bak\n".write(toFile: root + "/a/page.md~", atomically: false, encoding: .utf8)
            let onlyThePage = FileChanges(written: [root + "/a/page.md"])
            #expect(try await heard.take(covering: onlyThePage) == onlyThePage)
        }
        #endif
    }

    /// A watched folder renamed away (`mv Content Content.old`) is a change at once, and the
    /// folder that takes its path later, another one or the same moved back, is watched in full.
    @Test func aFolderMovedAwayIsAChangeAndItsPathIsWatchedAgain() async throws {
        #if os(Linux)
        try await Self.watching({ [.init(path: $0 + "/a", recursive: true)] }) { root, heard, _ in
            let site = root + "/a"
            try FileManager.default.createDirectory(atPath: site + "/deep", withIntermediateDirectories: true)
            _ = try await heard.take(covering: .unknown)

            try FileManager.default.moveItem(atPath: site, toPath: root + "/away")
            #expect(try await heard.take(covering: .unknown)?.other == true)
            // What is written where it went is not the site's.
            try Self.writeInPlace(root + "/away/page.md", "outside\n")
            #expect(try await heard.quiet() == nil)

            // Another folder at the path: watched, subfolders included.
            try FileManager.default.createDirectory(atPath: site + "/deep", withIntermediateDirectories: true)
            try "new\n".write(toFile: site + "/deep/new.md", atomically: false, encoding: .utf8)
            #expect(try await heard.take(covering: .unknown)?.other == true)
            try Self.writeInPlace(site + "/deep/new.md", "changed\n")
            let expected = FileChanges(written: [site + "/deep/new.md"])
            #expect(try await heard.take(covering: expected) == expected)

            // The first one moved back in its place: watched again, all of it.
            try FileManager.default.moveItem(atPath: site, toPath: root + "/other")
            _ = try await heard.take(covering: .unknown)
            try FileManager.default.moveItem(atPath: root + "/away", toPath: site)
            #expect(try await heard.take(covering: .unknown)?.other == true)
            try Self.writeInPlace(site + "/page.md", "back\n")
            try "deep\n".write(toFile: site + "/deep/x.md", atomically: false, encoding: .utf8)
            _ = try await heard.take(covering: .unknown)
            try Self.writeInPlace(site + "/deep/x.md", "deep, changed\n")
            let deepPage = FileChanges(written: [site + "/deep/x.md"])
            #expect(try await heard.take(covering: deepPage) == deepPage)
        }
        #endif
    }

    /// A target folder missing when watching starts and made (with a subfolder) just as `start()`
    /// returns, before the watching thread goes on (a site's Templates folder made at once): it is
    /// watched, subfolder included. It was not: it was missing neither when the watches were added
    /// nor when the missing targets were listed, and a file written in place there was never heard.
    @Test func aTargetMadeAsWatchingStartsIsWatched() async throws {
        #if os(Linux)
        let targets = { (root: String) -> [FileWatcher.Target] in
            [.init(path: root + "/a", recursive: true), .init(path: root + "/Templates", recursive: true)]
        }
        try await Self.watching(targets, prepare: { watcher, root in
            watcher.afterFirstWatches = {
                try? FileManager.default.createDirectory(atPath: root + "/Templates/partials", withIntermediateDirectories: true)
                try? "v1\n".write(toFile: root + "/Templates/partials/footer.mustache", atomically: false, encoding: .utf8)
            }
        }) { root, heard, _ in
        let templates = root + "/Templates"
            #expect(try await heard.take(covering: .unknown)?.other == true)
            try Self.writeInPlace(templates + "/partials/footer.mustache", "v2\n")
            let expected = FileChanges(written: [templates + "/partials/footer.mustache"])
            #expect(try await heard.take(covering: expected) == expected)
        }
        #endif
    }

    /// More events than inotify queues (a big checkout or unpacked archive) while the watcher is
    /// not reading: the lost ones are "look at everything", and a folder made among them is
    /// watched all the same (its own event was lost with the others).
    @Test func foldersMadeWhileEventsWereLostAreWatched() async throws {
        #if os(Linux)
        let limit = Int((try? String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 16384
        let flooded = DispatchSemaphore(value: 0)
        // Runs on the watching thread before it reads: nothing is read while the queue fills.
        // Files flood the watched folder `a`; the folder made after them has its event dropped.
        let flood = { (watcher: FileWatcher, root: String) in
            watcher.afterFirstWatches = {
                for index in 0..<(limit / 2 + 100) {  // a created file is at least two events
                    _ = FileManager.default.createFile(atPath: root + "/a/\(index).md", contents: nil)
                }
                try? FileManager.default.createDirectory(atPath: root + "/a/late", withIntermediateDirectories: true)
                _ = FileManager.default.createFile(atPath: root + "/a/late/page.md", contents: Data("one\n".utf8))
                flooded.signal()
            }
        }
        try await Self.watching({ [.init(path: $0, recursive: true)] }, prepare: flood) { root, heard, _ in
            #expect(flooded.wait(timeout: .now() + 60) == .success)
            #expect(try await heard.take(covering: .unknown)?.other == true)
            // The watcher reads the queue and walks the folders again at its pace (slow under a
            // sanitizer): the page is written in place until heard, for up to 60 s.
            let page = root + "/a/late/page.md"
            var heardIt = false
            let deadline = Date().addingTimeInterval(60)
            var round = 0
            while !heardIt, Date() < deadline {
                round += 1
                try Self.writeInPlace(page, "version \(round)\n")
                heardIt = try await heard.quiet()?.written.contains(page) == true
            }
            #expect(heardIt, "a page in a folder made while events were lost was never heard")
        }
        #endif
    }

    @Test func changesMerge() {
        var changes = FileChanges(written: ["/a"])
        changes.merge(FileChanges(written: ["/b"]))
        #expect(changes == FileChanges(written: ["/a", "/b"]) && changes.onlyWritten == ["/a", "/b"])
        changes.merge(.unknown)
        #expect(changes.other && changes.onlyWritten == nil)
        changes.merge(FileChanges(written: ["/c"]))
        #expect(changes.onlyWritten == nil, "once anything else happened, the build looks at everything")
    }
}

/// Changes that arrive while a build runs are folded into the next build.
@Suite struct RebuilderTests {
    @Test func foldsChangesIntoTheNextBuild() throws {
        final class Seen: @unchecked Sendable {
            let lock = NSLock()
            var list: [FileChanges] = []
        }
        let seen = Seen()
        let firstStarted = DispatchSemaphore(value: 0)
        let releaseFirst = DispatchSemaphore(value: 0)
        let built = DispatchSemaphore(value: 0)
        let rebuilder = Rebuilder(debounce: 0.001) { changes in
            let isFirst = seen.lock.withLock { () -> Bool in
                seen.list.append(changes)
                return seen.list.count == 1
            }
            if isFirst {
                firstStarted.signal()
                releaseFirst.wait()
            }
            built.signal()
        }
        rebuilder.start()
        defer { rebuilder.stop() }
        rebuilder.trigger(FileChanges(written: ["/a"]))
        #expect(firstStarted.wait(timeout: .now() + 5) == .success)
        rebuilder.trigger(FileChanges(written: ["/b"]))
        rebuilder.trigger(FileChanges(written: ["/c"]))
        releaseFirst.signal()
        #expect(built.wait(timeout: .now() + 5) == .success)
        #expect(built.wait(timeout: .now() + 5) == .success)
        rebuilder.trigger()
        #expect(built.wait(timeout: .now() + 5) == .success)
        let all = seen.lock.withLock { seen.list }
        #expect(all == [FileChanges(written: ["/a"]), FileChanges(written: ["/b", "/c"]), .unknown])
    }
}
