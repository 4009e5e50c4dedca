import Testing
@testable import SitegenCore

/// The site index kept by incremental checks, brought up to date page by page
/// (``SiteIndex/update(to:changed:)``), is the index a clean check gathers: the same anchors,
/// heading names, option mentions and facts (each fact's places in the same order), and every
/// cross-page rule finds the same on it.
struct SiteIndexUpdateTests {
    static let options = ["甲方案", "乙方案", "Plan C", "Plan D"]
    static let criteria = ["耗时", "费用", "Success rate", "需要实名"]
    static let values = ["1-3天", "5分钟", "¥10", "免费", "是", "否", "75%", "2 hours", "约15分钟", "5~10 min", ""]

    /// A page of the random site: headings, matrices (options × criteria) and, on an option's own
    /// page, a key → value table.
    struct PageModel {
        var option: String?
        var headings: [String]
        var matrices: [(options: [String], rows: [(criterion: String, values: [String])])]
        var keyValues: [(criterion: String, value: String)]

        var markdown: String {
            var text = "---\ntitle: Page\n" + (option.map { "option: \($0)\n" } ?? "") + "---\n\n"
            for (index, heading) in headings.enumerated() {
                text += "## \(heading)\n\nSome words.\n\n"
                if index < matrices.count {
                    let matrix = matrices[index]
                    text += "<!-- sitegen:table {kind: matrix} -->\n| 维度 | " + matrix.options.joined(separator: " | ") + " |\n"
                    text += "|---|" + String(repeating: "---|", count: matrix.options.count) + "\n"
                    for row in matrix.rows { text += "| \(row.criterion) | " + row.values.joined(separator: " | ") + " |\n" }
                    text += "\n"
                }
            }
            if !keyValues.isEmpty {
                text += "| 项目 | 说明 |\n|---|---|\n" + keyValues.map { "| \($0.criterion) | \($0.value) |\n" }.joined() + "\n"
            }
            return text
        }
    }

    static func randomMatrix(_ random: inout SeededGenerator) -> (options: [String], rows: [(criterion: String, values: [String])]) {
        let options = Array(Self.options.shuffled(using: &random).prefix(Int.random(in: 2...4, using: &random)))
        let criteria = Array(Self.criteria.shuffled(using: &random).prefix(Int.random(in: 1...4, using: &random)))
        return (options, criteria.map { ($0, options.map { _ in values.randomElement(using: &random)! }) })
    }

    static func randomSite(_ random: inout SeededGenerator) -> [PageModel] {
        var pages: [PageModel] = []
        for option in options {  // an option's own page, stating some facts in a key → value table
            pages.append(PageModel(option: option, headings: ["概述", "步骤"], matrices: [],
                                   keyValues: criteria.shuffled(using: &random).prefix(2).map { ($0, values.randomElement(using: &random)!) }))
        }
        for _ in 0..<6 {
            let count = Int.random(in: 1...2, using: &random)
            pages.append(PageModel(option: nil, headings: (0..<count).map { "对比 \($0)" } + ["Plan D"],
                                   matrices: (0..<count).map { _ in randomMatrix(&random) }, keyValues: []))
        }
        return pages
    }

    /// An edit to a page, and whether it keeps the criteria and aliases the page declares (an
    /// index can then be brought up to date).
    static func edit(_ page: inout PageModel, _ random: inout SeededGenerator) -> Bool {
        switch Int.random(in: 0..<6, using: &random) {
        case 0 where !page.matrices.isEmpty:  // a matrix cell (or emptied)
            let m = Int.random(in: page.matrices.indices, using: &random)
            let r = Int.random(in: page.matrices[m].rows.indices, using: &random)
            let c = Int.random(in: page.matrices[m].options.indices, using: &random)
            page.matrices[m].rows[r].values[c] = values.randomElement(using: &random)!
        case 1 where !page.keyValues.isEmpty:  // a key → value row's value
            let r = Int.random(in: page.keyValues.indices, using: &random)
            page.keyValues[r].value = values.randomElement(using: &random)!
        case 2 where !page.keyValues.isEmpty:  // a key → value row's key
            let r = Int.random(in: page.keyValues.indices, using: &random)
            page.keyValues[r].criterion = (criteria + ["备注"]).randomElement(using: &random)!
        case 3:  // a heading, perhaps an option's name
            let h = Int.random(in: page.headings.indices, using: &random)
            page.headings[h] = (options + ["小节", "对比 9"]).randomElement(using: &random)!
        case 4 where !page.matrices.isEmpty:  // an option's name in a matrix
            let m = Int.random(in: page.matrices.indices, using: &random)
            let c = Int.random(in: page.matrices[m].options.indices, using: &random)
            page.matrices[m].options[c] = (options + ["Plan E"]).randomElement(using: &random)!
        case 5 where !page.matrices.isEmpty:  // a criterion's name: declares another criterion
            let m = Int.random(in: page.matrices.indices, using: &random)
            let r = Int.random(in: page.matrices[m].rows.indices, using: &random)
            let old = page.matrices[m].rows[r].criterion
            page.matrices[m].rows[r].criterion = (criteria + ["难度"]).randomElement(using: &random)!
            return old == page.matrices[m].rows[r].criterion
        default:
            page.headings.append("新的小节")
        }
        return true
    }

    static func site(_ pages: [PageModel]) -> Site {
        TestSite.site(Dictionary(uniqueKeysWithValues: pages.enumerated().map { ("page-\($0 < 10 ? "0" : "")\($0).md", $1.markdown) }))
    }

    /// What an index holds, numbering aside (a kept index numbers names by first use over its life).
    static func contents(_ index: SiteIndex) -> [String] {
        var lines = index.anchors.sorted { $0.key < $1.key }.map { "anchors \($0.key): \($0.value.sorted())" }
        lines += index.optionPages.sorted { $0.key < $1.key }.map { "option page \($0.key): \($0.value)" }
        lines += index.headingKeyCounts.sorted { $0.key < $1.key }.map { "heading \($0.key) ×\($0.value)" }
        lines += index.mentionKeyCounts.map { "mentioned \($0.key.text) ×\($0.value)" }.sorted()
        lines += index.matrixOptions.map { "mention \($0.page) \($0.tableID) \($0.name) \($0.key) \(String(describing: $0.range))" }
        let groups = index.facts.values.map { places in
            places.map { "\($0.page)/\($0.table)/\($0.criterion)/\($0.option)=\($0.value)" }.joined(separator: ", ")
        }
        return lines + groups.sorted().map { "fact \($0)" }
    }

    /// Every fourth seed keeps every part; the others some (a site that switches rules off).
    static let partsBySeed: [SiteIndex.Parts] = [.all, .anchors, [.anchors, .options], .facts]

    @Test(arguments: 1...40)
    func updatedIndexEqualsAGatheredOne(seed: Int) {
        var random = SeededGenerator(state: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15)
        let parts = Self.partsBySeed[seed % 4]
        var pages = Self.randomSite(&random)
        var site = Self.site(pages)
        var index = SiteIndex(site, parts: parts)
        var updates = 0
        for round in 0..<12 {
            var keepsDeclarations = true
            let changed = Set((0..<Int.random(in: 1...2, using: &random)).map { _ in Int.random(in: pages.indices, using: &random) })
            for page in changed { keepsDeclarations = Self.edit(&pages[page], &random) && keepsDeclarations }
            let next = Self.site(pages)
            let fresh = SiteIndex(next, parts: parts)
            var updated = index
            let didUpdate = updated.update(to: next, changed: changed.sorted())
            if keepsDeclarations || !parts.contains(.facts) {
                #expect(didUpdate, "seed \(seed) round \(round): an edit that keeps the declarations updates the index")
            }
            if didUpdate {
                updates += 1
                #expect(Self.contents(updated) == Self.contents(fresh), "seed \(seed) round \(round)")
                for rule in RuleRegistry.all where parts.isSuperset(of: rule.readsIndex) {
                    #expect(rule.checkSite(updated).sorted() == rule.checkSite(fresh).sorted(),
                            "\(rule.descriptor.name), seed \(seed) round \(round)")
                }
                index = updated
            } else {
                #expect(Self.contents(updated) == Self.contents(index), "a refused update leaves the index as it was")
                index = fresh
            }
            site = next
        }
        #expect(updates > 0 && index.site.pages.count == site.pages.count)
    }

    /// The changes an index cannot follow page by page: it says so, and stays as it was.
    @Test func refusesChangesThatReachOtherPages() {
        var random = SeededGenerator(state: 7)
        var pages = Self.randomSite(&random)
        let site = Self.site(pages)
        let index = SiteIndex(site)
        func refused(_ change: (inout [PageModel]) -> Void) -> Bool {
            var edited = pages
            change(&edited)
            var updated = index
            let changed = edited.indices.filter { $0 >= pages.count || edited[$0].markdown != pages[$0].markdown }
            return !updated.update(to: Self.site(edited), changed: changed)
        }
        #expect(refused { $0[5].matrices[0].rows[0].criterion = "难度" })  // another criterion: other pages' key → value rows
        #expect(refused { $0[0].option = "乙方案" })  // front matter: the option pages
        #expect(refused { $0.append($0[5]) })  // a page come
        #expect(refused { for page in 0..<5 { $0[page].headings.append("更多") } })  // many pages: gathered anew
        #expect(!refused { $0[5].matrices[0].rows[0].values[0] = "3天" })
        var withoutFacts = SiteIndex(site, parts: [.anchors, .options])  // nothing read by criteria
        var renamed = pages
        renamed[5].matrices[0].rows[0].criterion = "难度"
        let accepted = withoutFacts.update(to: Self.site(renamed), changed: [5])
        #expect(accepted)
        pages[5].matrices[0].rows[0].values[0] = "3天"
        #expect(!refused { $0[1].keyValues[0].value = "否" })
    }

    /// A check gathers the parts of the index its active rules read: none of the facts when
    /// `fact-conflict` is off.
    @Test func theIndexGathersWhatTheActiveRulesRead() {
        #expect(Checker().indexParts == .all)
        let quiet = Checker(severities: ["fact-conflict": .off])
        #expect(!quiet.indexParts.contains(.facts) && quiet.indexParts.contains(.anchors))
        var random = SeededGenerator(state: 3)
        let site = Self.site(Self.randomSite(&random))
        #expect(quiet.checkSite(site).sorted() == Checker().checkSite(site).filter { $0.name != "fact-conflict" }.sorted())
    }

    /// Only the page that changed is read: a kept index of a larger site takes a cell's edit
    /// in place, where gathering it anew reads every page (the session tells how many it read).
    @Test func anIncrementalCheckReadsOnlyTheChangedPages() throws {
        let (site, session) = try IncrementalFixture.built()
        defer { site.remove() }
        let ways = try site.read("Content/_index.md")
        try site.write("Content/_index.md", ways.replacingOccurrences(of: "| Offline | yes | no |", with: "| Offline | yes | yes |"))
        let edited = session.build()
        #expect(edited.siteRulesRan && edited.indexPagesRead == 1)
        #expect(edited.report.diagnostics == site.build(mode: .check).diagnostics)
        try site.write("Content/_index.md", ways)
        let back = session.build()
        #expect(back.indexPagesRead == 1 && back.report.diagnostics == site.build(mode: .check).diagnostics)
    }
}
