import Testing
@testable import SitegenCore

@Suite("A one-shot run keeps its model until the process exits")
struct KeptUntilExitTests {
    final class Probe {}

    @Test("a kept object outlives every reference its caller had")
    func keeps() {
        weak var kept: Probe?
        weak var dropped: Probe?
        do {
            let a = Probe(), b = Probe()
            kept = a
            dropped = b
            KeptUntilExit.keep(a)
        }
        #expect(kept != nil)
        #expect(dropped == nil)
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
