import Foundation
import Testing
@testable import SitegenCore

/// Every rule documents a bad example that triggers it and a good one that does not
/// (each a single page, `page.md`, as `sitegen rules NAME` shows them).
@Suite struct RuleExamplesTests {
    @Test(arguments: RuleRegistry.all.map(\.descriptor.name))
    func badExampleFires(name: String) throws {
        let rule = try #require(RuleRegistry.rule(named: name))
        let found = TestSite.run(rule, on: rule.descriptor.badExample)
        #expect(!found.isEmpty, "\(name): bad example does not fire")
        #expect(found.allSatisfy { $0.name == name })
    }

    @Test(arguments: RuleRegistry.all.map(\.descriptor.name))
    func goodExampleIsClean(name: String) throws {
        let rule = try #require(RuleRegistry.rule(named: name))
        let found = TestSite.run(rule, on: rule.descriptor.goodExample)
        #expect(found.isEmpty, "\(name): good example fires: \(found.map(\.message))")
    }

    @Test func idsAndNamesAreUniqueAndStable() {
        let descriptors = RuleRegistry.all.map(\.descriptor)
        #expect(Set(descriptors.map(\.id)).count == descriptors.count)
        #expect(Set(descriptors.map(\.name)).count == descriptors.count)
        for descriptor in descriptors {
            #expect(descriptor.name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(descriptor.name)")
            #expect(!descriptor.doc.isEmpty && !descriptor.summary.isEmpty)
        }
    }

    @Test func documentationPageIsUpToDate() throws {
        let page = try String(contentsOfFile: Repository.root + "/docs/Content/rules/_index.md", encoding: .utf8)
        #expect(page == RuleCatalog.markdown(), "regenerate with: sitegen rules --markdown > docs/Content/rules/_index.md")
    }
}
