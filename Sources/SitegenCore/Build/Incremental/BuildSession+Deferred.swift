import Foundation

extension BuildSession {
    /// Writes the site-wide content files (the search index) that builds with
    /// `deferSiteContent` left, rendering them outside the build lock so a
    /// new build does not wait; a newer build's snapshot wins. Returns
    /// whether anything was written.
    @discardableResult
    public func writeDeferredContent() -> Bool {
        guard let pending = lock.withLock({ pendingContent }) else { return false }
        guard let files = try? BuildStep.contentFiles(pending.renderer) else { return false }
        return lock.withLock {
            guard pendingContent?.generation == pending.generation, let output else { return false }
            for file in files { _ = try? output.write(file) }
            pendingContent = nil
            return true
        }
    }

    /// Whether a build left site-wide content files to write.
    public var hasDeferredContent: Bool { lock.withLock { pendingContent != nil } }
}
