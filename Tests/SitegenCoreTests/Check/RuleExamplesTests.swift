import Foundation
import Testing
@testable import SitegenCore

/// Every rule documents a bad example that triggers it and a good one that does not
/// (each a single page, `page.md`, as `sitegen rules NAME` shows them, or a page in the site its
/// ``ExampleSetting`` describes).
@Suite struct RuleExamplesTests {
    /// The findings of `rule` on one of its examples, in its setting.
    static func run(_ rule: any Rule, on example: String) -> [Diagnostic] {
        guard let setting = rule.descriptor.exampleSetting else { return TestSite.run(rule, on: example) }
        let config = ConfigLoader.load(text: setting.config).0
        var pages = setting.pages
        pages[setting.path] = example
        return TestSite.run(rule, on: TestSite.site(pages, config: config))
    }

    @Test(arguments: RuleRegistry.all.map(\.descriptor.name))
    func badExampleFires(name: String) throws {
        let rule = try #require(RuleRegistry.rule(named: name))
        let found = Self.run(rule, on: rule.descriptor.badExample)
        #expect(!found.isEmpty, "\(name): bad example does not fire")
        #expect(found.allSatisfy { $0.name == name })
    }

    @Test(arguments: RuleRegistry.all.map(\.descriptor.name))
    func goodExampleIsClean(name: String) throws {
        let rule = try #require(RuleRegistry.rule(named: name))
        let found = Self.run(rule, on: rule.descriptor.goodExample)
        #expect(found.isEmpty, "\(name): good example fires: \(found.map(\.message))")
    }

    /// What the rule's page and `sitegen rules` say `--fix` does is what its findings carry.
    @Test(arguments: RuleRegistry.all.map(\.descriptor.name))
    func fixKindIsWhatTheBadExampleGets(name: String) throws {
        let rule = try #require(RuleRegistry.rule(named: name))
        let fixes = Self.run(rule, on: rule.descriptor.badExample).compactMap(\.fix)
        switch rule.descriptor.fixes {
        case .none: #expect(fixes.isEmpty, "\(name) says it has no fix")
        case .safe: #expect(!fixes.isEmpty && fixes.allSatisfy { !$0.isSuggestion }, "\(name): \(fixes)")
        case .suggestion: #expect(!fixes.isEmpty && fixes.allSatisfy(\.isSuggestion), "\(name): \(fixes)")
        }
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

    @Test func documentationPagesAreUpToDate() throws {
        let folder = Repository.root + "/docs/Content/rules/"
        let expected = RuleCatalog.pages()
        let present = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }
        #expect(Set(present) == Set(expected.keys), "regenerate with: sitegen rules --docs docs/Content/rules")
        for (name, page) in expected {
            let written = try? String(contentsOfFile: folder + name, encoding: .utf8)
            #expect(written == page, "\(name) is stale; regenerate with: sitegen rules --docs docs/Content/rules")
        }
    }

    /// The examples as the documentation site shows them (read back from the
    /// generated pages) trigger their rule, and the good ones do not.
    @Test(arguments: RuleRegistry.all.map(\.descriptor.name))
    func documentedExamplesAreVerified(name: String) throws {
        let rule = try #require(RuleRegistry.rule(named: name))
        let page = try String(contentsOfFile: Repository.root + "/docs/Content/rules/\(name).md", encoding: .utf8)
        let examples = try #require(RuleCatalog.examples(onPage: page), "\(name): page has no examples")
        #expect(Self.run(rule, on: examples.bad).contains { $0.name == name }, "\(name): documented bad example does not fire")
        #expect(Self.run(rule, on: examples.good).isEmpty, "\(name): documented good example fires")
    }
}
