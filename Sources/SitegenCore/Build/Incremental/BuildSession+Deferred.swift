import Foundation

extension BuildSession {
    /// Writes the site-wide content files (the search index) that builds with
    /// `deferSiteContent` left, rendering them outside the build lock so a
    /// new build does not wait; a newer build's snapshot wins. Returns
    /// whether anything was written. `workers` threads do the work (the dev
    /// server leaves a core to the next edit's build) and it is dropped as
    /// soon as `shouldStop` answers true (an edit arrived).
    @discardableResult
    public func writeDeferredContent(workers: Int? = nil, shouldStop: @Sendable () -> Bool = { false })
        -> Bool
    {
        guard let pending = lock.withLock({ pendingContent }) else { return false }
        guard let files = try? BuildStep.contentFiles(
            pending.renderer, workers: workers, shouldStop: shouldStop, searchCache: searchCache) else {
            return false
        }
        return lock.withLock {
            guard pendingContent?.generation == pending.generation, let output else { return false }
            for file in files { _ = try? output.write(file) }
            // Shards the index no longer has go, and the next build knows the ones it has.
            let paths = Set(files.map(\.path))
            if let old = rendered?.contentPaths { output.remove(old.subtracting(paths)) }
            rendered?.contentPaths = paths
            pendingContent = nil
            return true
        }
    }

    /// Whether a build left site-wide content files to write.
    public var hasDeferredContent: Bool { lock.withLock { pendingContent != nil } }
}
