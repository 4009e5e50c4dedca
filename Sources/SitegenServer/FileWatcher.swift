import Foundation
import SitegenCore
#if canImport(Glibc)
import Glibc
#endif

/// Calls `onChange` when a file under the watched folders (or a watched
/// file) is written, created, moved or deleted, with what it saw
/// (``FileChanges``). Uses inotify, adding a watch
/// for every folder (and for folders created later); where inotify is not
/// available it polls `stat` stamps every 300 ms.
public final class FileWatcher: @unchecked Sendable {
    public struct Target: Sendable {
        public var path: String
        /// Watch the folder's subfolders too.
        public var recursive: Bool

        public init(path: String, recursive: Bool) {
            self.path = path
            self.recursive = recursive
        }
    }

    private let targets: [Target]
    private let onChange: @Sendable (FileChanges) -> Void
    private let lock = NSLock()
    private var running = false
    /// Whether a watching thread was started (the thread itself is not kept:
    /// its block holds the watcher, and keeping it would make a cycle).
    private var threadStarted = false
    /// Signalled when the watching thread has returned.
    private let finished = DispatchSemaphore(value: 0)
    /// Signalled once the first watches are in place.
    private let ready = DispatchSemaphore(value: 0)
    /// Whether inotify is in use (false: polling).
    public private(set) var usesInotify = false
    /// Tests: called on the watching thread just after `start()` was let return.
    var afterFirstWatches: (@Sendable () -> Void)?

    public init(targets: [Target], onChange: @escaping @Sendable (FileChanges) -> Void) {
        self.targets = targets
        self.onChange = onChange
    }

    public func start() {
        lock.withLock { running = true }
        #if os(Linux)
        let descriptor = inotify_init1(Int32(IN_CLOEXEC))
        usesInotify = descriptor >= 0
        let thread = Thread { [self] in
            if descriptor >= 0 { watchInotify(descriptor) } else { poll() }
            finished.signal()
        }
        #else
        let thread = Thread { [self] in
            poll()
            finished.signal()
        }
        #endif
        thread.name = "sitegen-watcher"
        lock.withLock { threadStarted = true }
        thread.start()
        // Changes made once start() returns are seen (polling takes its first look at once).
        _ = ready.wait(timeout: .now() + 10)
    }

    /// Stops watching and waits (up to a second) for the thread to return,
    /// so nothing it holds outlives the watcher.
    public func stop() {
        let wasRunning = lock.withLock { () -> Bool in
            defer { running = false }
            return running && threadStarted
        }
        if wasRunning { _ = finished.wait(timeout: .now() + 1) }
    }

    private var isRunning: Bool { lock.withLock { running } }

    #if os(Linux)
    private func watchInotify(_ descriptor: Int32) {
        defer { close(descriptor) }
        let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY
            | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
        var watched: [Int32: String] = [:]
        // Folders watched only for some files in them (the configuration file's folder).
        var onlyNames: [String: Set<String>] = [:]
        for target in targets where !isFolder(target.path) {
            let name = (target.path as NSString).lastPathComponent
            onlyNames[(target.path as NSString).deletingLastPathComponent, default: []].insert(name)
        }
        /// `everywhere`: also looks inside folders already watched, for new ones that reported
        /// nothing (their events were lost).
        func watch(_ target: Target, everywhere: Bool = false) {
            var known = Set(watched.values)
            var listed: Set<String> = []
            // Each folder is watched before its subfolders are listed, so a
            // subfolder created meanwhile still reports itself.
            var queue = folders(under: Target(path: target.path, recursive: false))
            while let folder = queue.popLast() {
                if !known.contains(folder) {
                    let id = inotify_add_watch(descriptor, folder, mask)
                    if id >= 0 { watched[id] = folder }
                    known.insert(folder)
                }
                guard target.recursive, isFolder(folder), folder.hasPrefix(target.path),
                      listed.insert(folder).inserted else { continue }
                for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !ContentDiscovery.isSkipped(name) {
                    let path = folder + "/" + name
                    if isFolder(path), everywhere || !known.contains(path) { queue.append(path) }
                }
            }
        }
        // Targets missing now: their parents are watched for them to appear. Listed before the
        // watches are added, so one that appears meanwhile is still seen (below) as unwatched.
        var missing = targets.filter { !FileManager.default.fileExists(atPath: $0.path) }
        for target in targets { watch(target) }
        ready.signal()
        afterFirstWatches?()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while isRunning {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard Glibc.poll(&request, 1, 250) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            var relevant = false
            var changes = FileChanges()
            var newFolders: [String] = []
            var overflowed = false
            var offset = 0
            while offset + 16 <= count {
                let id = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Int32.self) }
                let eventMask = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self) }
                let length = Int(buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self) })
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset += 16 + length
                if eventMask & UInt32(IN_Q_OVERFLOW) != 0 {  // events were lost: anything may have changed
                    relevant = true
                    changes.other = true
                    overflowed = true
                    continue
                }
                guard let folder = watched[id] else { continue }
                if eventMask & UInt32(IN_IGNORED) != 0 {  // the folder is gone: forget its watch
                    watched[id] = nil
                    continue
                }
                if eventMask & UInt32(IN_MOVE_SELF) != 0 {
                    // The folder moved, and its watches (and those below it) went with it, out of
                    // the site perhaps (a content folder renamed away). They are dropped; whatever
                    // folder its path holds now, the same one moved back or another, is watched
                    // afresh (a folder moved within the site is, at its new path, as a new folder).
                    for (other, path) in watched where path == folder || path.hasPrefix(folder + "/") {
                        inotify_rm_watch(descriptor, other)
                        watched[other] = nil
                    }
                    if isFolder(folder), onlyNames[folder] == nil { newFolders.append(folder) }
                    relevant = true
                    changes.other = true
                    continue
                }
                if let names = onlyNames[folder], !names.contains(name), !targets.contains(where: { $0.path == folder }) {
                    continue
                }
                if ContentDiscovery.isSkipped(name) { continue }  // editors' and sitegen's temporary files
                relevant = true
                if !name.isEmpty, eventMask & UInt32(IN_ISDIR) == 0,
                   eventMask & ~UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB) == 0 {
                    changes.written.insert(folder + "/" + name)
                } else {
                    changes.other = true
                }
                if eventMask & UInt32(IN_ISDIR) != 0, eventMask & UInt32(IN_CREATE | IN_MOVED_TO) != 0,
                   onlyNames[folder] == nil {
                    newFolders.append(folder + "/" + name)
                }
            }
            // New folders, and watched folders that did not exist before, get watches of their own.
            for folder in newFolders { watch(Target(path: folder, recursive: true)) }
            // Lost events may have been folders made: every target is walked for unwatched ones.
            if overflowed { for target in targets { watch(target, everywhere: true) } }
            // Targets deleted since (a removed Templates folder) are watched for again.
            for target in targets where !FileManager.default.fileExists(atPath: target.path)
            && !missing.contains(where: { $0.path == target.path }) {
                missing.append(target)
                let parent = (target.path as NSString).deletingLastPathComponent
                onlyNames[parent, default: []].insert((target.path as NSString).lastPathComponent)
                watch(Target(path: target.path, recursive: false))  // its parent, for it to come back
            }
            // Target folders that exist but are not watched (they appeared) are watched in full.
            let watchedFolders = Set(watched.values)
            for target in targets where isFolder(target.path) && !watchedFolders.contains(target.path) {
                watch(target)
            }
            missing.removeAll { FileManager.default.fileExists(atPath: $0.path) }
            if relevant { onChange(changes) }
        }
    }

    private func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
    #endif

    /// The folders a target covers: itself (or its parent, for a file) and,
    /// when recursive, every folder below, skipping hidden ones.
    func folders(under target: Target) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) else {
            // Not there yet: watch its parent for it to appear.
            let parent = (target.path as NSString).deletingLastPathComponent
            return FileManager.default.fileExists(atPath: parent) ? [parent] : []
        }
        guard isFolder.boolValue else { return [(target.path as NSString).deletingLastPathComponent] }
        var result = [target.path]
        guard target.recursive else { return result }
        var index = 0
        while index < result.count {
            let folder = result[index]
            index += 1
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !ContentDiscovery.isSkipped(name) {
                let path = folder + "/" + name
                var child: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &child), child.boolValue { result.append(path) }
            }
        }
        return result
    }

    private func poll() {
        var last = signature()
        ready.signal()
        while isRunning {
            Thread.sleep(forTimeInterval: 0.3)
            let now = signature()
            if now != last {
                last = now
                onChange(.unknown)
            }
        }
    }

    private func signature() -> Int {
        var hasher = Hasher()
        for target in targets {
            for folder in folders(under: target) {
                for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() {
                    hasher.combine(name)
                    hasher.combine(FileIO.disk.stamp(folder + "/" + name))
                }
            }
        }
        return hasher.finalize()
    }
}
