import Foundation
import Testing
@testable import SitegenCore

// Serialized: both tests read the process-wide count, and `keeps` adds to it (run beside the other,
// it made that one see two kept contexts where it kept one).
@Suite("A one-shot run keeps its model until the process exits", .serialized)
struct KeptUntilExitTests {
    /// Counts its deinits (no weak references: LeakSanitizer would report
    /// the side table of a weakly referenced object kept until exit).
    final class Probe: @unchecked Sendable {
        static let lock = NSLock()
        nonisolated(unsafe) static var freed: Set<String> = []
        let name: String
        init(_ name: String) { self.name = name }
        deinit {
            Self.lock.lock()
            Self.freed.insert(name)
            Self.lock.unlock()
        }
        static func wasFreed(_ name: String) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            return freed.contains(name)
        }
    }

    @Test("a kept object outlives every reference its caller had")
    func keeps() {
        let before = KeptUntilExit.count
        let keptName = "kept-\(UUID())", droppedName = "dropped-\(UUID())"
        do {
            let kept = Probe(keptName)
            _ = Probe(droppedName)
            KeptUntilExit.keep(kept)
        }
        #expect(Probe.wasFreed(droppedName))
        #expect(!Probe.wasFreed(keptName))
        #expect(KeptUntilExit.count == before + 1)
    }

    @Test("the pipeline keeps its context only when told the model need not be freed")
    func pipelineKeepsOnlyWhenAsked() throws {
        let site = try TemporarySite(files: ["Content/_index.md": "---\ntitle: Home\n---\n\nHello.\n"])
        defer { site.remove() }
        let before = KeptUntilExit.count
        #expect(site.build(mode: .check).outcome == .success)
        #expect(KeptUntilExit.count == before)
        #expect(site.build(mode: .check) { $0.freesModel = false }.outcome == .success)
        #expect(KeptUntilExit.count == before + 1)
    }
}
