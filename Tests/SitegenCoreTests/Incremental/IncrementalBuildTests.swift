import Foundation
import Testing
@testable import SitegenCore

/// After every kind of edit, the incremental output equals a clean build, byte for byte.
@Suite struct IncrementalBuildTests {
    /// Applies `edit`, rebuilds incrementally, and compares with a clean build.
    func expectSameAsClean(_ site: TemporarySite, _ session: BuildSession, changedFiles: Set<String>? = nil,
                           _ edit: () throws -> Void,
                           sourceLocation: SourceLocation = #_sourceLocation) throws -> SessionBuild {
        try edit()
        let build = session.build(changedFiles: changedFiles)
        #expect(build.succeeded, "\(build.report.diagnostics)", sourceLocation: sourceLocation)
        let clean = IncrementalFixture.cleanBuild(site, into: "clean")
        #expect(clean.outcome == .success, sourceLocation: sourceLocation)
        let incremental = try site.snapshot("public")
        let expected = try site.snapshot("clean")
        #expect(incremental.keys.sorted() == expected.keys.sorted(), sourceLocation: sourceLocation)
        for (path, bytes) in expected where incremental[path] != bytes {
            Issue.record("\(path) differs from a clean build", sourceLocation: sourceLocation)
        }
        return build
    }

    @Test func pageEditRebuildsOnlyThatPage() throws {
        let site = try TemporarySite(files: IncrementalFixture.files())
        defer { site.remove() }
        let session = IncrementalFixture.session(site)
        let first = session.build()
        #expect(first.succeeded && first.full)
        let build = try expectSameAsClean(site, session) {
            try site.write("Content/guides/guide-2.md", try site.read("Content/guides/guide-2.md") + "\nZyzzyva words.\n")
        }
        #expect(try site.searchTerms().contains("zyzzyva"))
        #expect(build.pagesParsed == 1)
        #expect(build.pagesRendered == 1)
        #expect(build.reusedStructure)
        #expect(!build.full)
    }

    @Test("a build told which files were written reads only those, and matches a clean build")
    func changedFilesLimitReading() throws {
        let (site, session) = try IncrementalFixture.built()
        defer { site.remove() }
        let (two, three) = ("Content/guides/guide-2.md", "Content/guides/guide-3.md")
        let told = try expectSameAsClean(site, session, changedFiles: [site.root + "/" + two, site.root + "/" + three,
                                                                       site.root + "/Templates/unrelated.txt"]) {
            try site.write(two, try site.read(two) + "\nZyzzyva words.\n")
            try site.write(three, try site.read(three) + "\nQuokka words.\n")
        }
        #expect(told.pagesParsed == 2)
        #expect(try site.searchTerms().contains("quokka"))
        // A file written but not named is not looked at (that is the point)...
        let one = "Content/guides/guide-1.md"
        try site.write(one, try site.read(one) + "\nWombat words.\n")
        let blind = session.build(changedFiles: [site.root + "/" + two])
        #expect(blind.succeeded && blind.pagesParsed == 0)
        // ...until a build looks at everything, as the server does after any other kind of event.
        let full = try expectSameAsClean(site, session, changedFiles: nil) {}
        #expect(full.pagesParsed == 1)
        #expect(try site.searchTerms().contains("wombat"))
    }

    @Test func titleEditRerendersTheNavigationThatShowsIt() throws {
        let (site, session) = try IncrementalFixture.built()
        defer { site.remove() }
        let build = try expectSameAsClean(site, session) {
            let text = try site.read("Content/guides/guide-1.md")
            try site.write("Content/guides/guide-1.md", text.replacingOccurrences(of: "title: Guides page 1", with: "title: First steps"))
        }
        #expect(build.pagesParsed == 1)
        #expect(build.pagesRendered > 1)
        #expect(!build.reusedStructure)
    }

    /// `rm -rf public` (or its files removed) while a serve session runs: the next build writes
    /// the whole site again, not only the changed page onto an empty folder.
    @Test(arguments: [true, false])
    func anOutputFolderRemovedBehindTheSessionIsWrittenAgain(removeFolder: Bool) throws {
        let (site, session) = try IncrementalFixture.built()
        defer { site.remove() }
        let output = site.root + "/public"
        if removeFolder {
            try FileManager.default.removeItem(atPath: output)
        } else {
            for name in try FileManager.default.contentsOfDirectory(atPath: output) {
                try FileManager.default.removeItem(atPath: output + "/" + name)
            }
        }
        let build = try expectSameAsClean(site, session) {
            try site.write("Content/guides/guide-2.md", try site.read("Content/guides/guide-2.md") + "\nMore words.\n")
        }
        #expect(build.full)
        // And the session goes on incrementally from there.
        let next = try expectSameAsClean(site, session) {
            try site.write("Content/guides/guide-1.md", try site.read("Content/guides/guide-1.md") + "\nAnd more.\n")
        }
        #expect(!next.full && next.pagesRendered == 1)
    }

    @Test func renameDeleteAndAddMatchACleanBuild() throws {
        let (site, session) = try IncrementalFixture.built()
        defer { site.remove() }
        let linking = try site.read("Content/guides/guide-3.md")
        _ = try expectSameAsClean(site, session) {
            try FileManager.default.moveItem(atPath: site.root + "/Content/reference/ref-3.md",
                                             toPath: site.root + "/Content/reference/ref-renamed.md")
            try site.write("Content/guides/guide-3.md", linking.replacingOccurrences(of: "ref-3.md", with: "ref-renamed.md"))
        }
        #expect(!site.exists("public/reference/ref-3/index.html"))
        #expect(try site.read("public/guides/guide-3/index.html").contains("ref-renamed/"))
        _ = try expectSameAsClean(site, session) {
            try FileManager.default.removeItem(atPath: site.root + "/Content/reference/ref-renamed.md")
            try site.write("Content/guides/guide-3.md", linking.replacingOccurrences(of: "(../reference/ref-3.md)", with: ""))
        }
        _ = try expectSameAsClean(site, session) {
            try site.write("Content/extra/new.md", "---\ntitle: New\n---\n\nA new page in a new section.\n")
        }
    }

    /// Files to copy come and go, `.well-known/` ones too (a deletion there went unseen: the folder
    /// was not among those whose stamps tell that the listing changed), and the last one removed
    /// leaves no stale copy (the copying step was skipped once the site had no such files).
    @Test func copiedFilesComeAndGo() throws {
        let (site, session) = try IncrementalFixture.built()
        defer { site.remove() }
        _ = try expectSameAsClean(site, session) {
            try site.write("Content/.well-known/security.txt", "Contact: mailto:security@example.org\n")
        }
        #expect(site.exists("public/.well-known/security.txt"))
        _ = try expectSameAsClean(site, session) {
            try site.write("Content/.well-known/security.txt", "Contact: mailto:other@example.org\n")
        }
        _ = try expectSameAsClean(site, session) {
            try FileManager.default.removeItem(atPath: site.root + "/Content/.well-known/security.txt")
        }
        #expect(!site.exists("public/.well-known/security.txt"))
        _ = try expectSameAsClean(site, session) {
            try site.write("Content/guides/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
        }
        _ = try expectSameAsClean(site, session) {
            try FileManager.default.removeItem(atPath: site.root + "/Content/guides/diagram.svg")
        }
        #expect(!site.exists("public/guides/diagram.svg"))
    }

    @Test func templateEditRerendersThePagesThatUseIt() throws {
        let (site, session) = try IncrementalFixture.built()
        defer { site.remove() }
        let build = try expectSameAsClean(site, session) {
            let footer = String(decoding: DefaultTheme.templates["partials/footer.mustache"]!, as: UTF8.self)
            try site.write("Templates/partials/footer.mustache", footer + "<p>edited footer</p>\n")
        }
        #expect(build.pagesRendered == 9)
        #expect(try site.read("public/guides/guide-1/index.html").contains("edited footer"))
        let matrixOnly = try expectSameAsClean(site, session) {
            let matrix = String(decoding: DefaultTheme.templates["partials/matrix.mustache"]!, as: UTF8.self)
            try site.write("Templates/partials/matrix.mustache", matrix + "<!-- edited matrix -->\n")
        }
        #expect(matrixOnly.pagesRendered == 1)
    }

    @Test("editing the template of a decision table's questions re-renders the pages with one")
    func decideTemplateEditRerendersDecisionPages() throws {
        let (site, session) = try IncrementalFixture.built()
        defer { site.remove() }
        _ = try expectSameAsClean(site, session) {
            try site.write("Content/guides/rules.md", "---\ntitle: Rules\n---\n\n<!-- sitegen:table {kind: rules, hit-policy: U} -->\n"
                + "| Age | Outcome |\n|---|---|\n| < 18 | No |\n| >= 18 | Yes |\n")
        }
        let edit = try expectSameAsClean(site, session) {
            let decide = String(decoding: DefaultTheme.templates["partials/decide.mustache"]!, as: UTF8.self)
            try site.write("Templates/partials/decide.mustache", decide + "<!-- edited decide -->\n")
        }
        #expect(try site.read("public/guides/rules/index.html").contains("<!-- edited decide -->"))
        #expect(edit.pagesRendered >= 1)
    }

    @Test("an edited theme asset is copied and every page links its new version; an added one is linked")
    func assetEditRelinksThePages() throws {
        let (site, session) = try IncrementalFixture.built()
        defer { site.remove() }
        let css = String(decoding: DefaultTheme.assets["assets/sitegen.css"]!, as: UTF8.self) + "\nbody { color: teal }\n"
        let build = try expectSameAsClean(site, session) {
            try site.write("Templates/assets/sitegen.css", css)
        }
        #expect(build.pagesRendered == 9)
        #expect(try site.read("public/assets/sitegen.css") == css)
        let version = "sitegen.css?v=" + StableDigest.version(of: Array(css.utf8))
        #expect(try site.read("public/guides/guide-1/index.html").contains(version))
        _ = try expectSameAsClean(site, session) {
            try site.write("Templates/assets/logo.svg", "<svg/>")
            let footer = String(decoding: DefaultTheme.templates["partials/footer.mustache"]!, as: UTF8.self)
            try site.write("Templates/partials/footer.mustache", footer + "<img src=\"{{#asset}}logo.svg{{/asset}}\" alt=\"\">\n")
        }
        #expect(try site.read("public/guides/guide-1/index.html").contains("src=\"../../assets/logo.svg?v="))
    }

    @Test("a template edit on a larger site, two workers, after an override equal to the built-in one")
    func templateEditReachesEveryPage() throws {
        let site = try TemporarySite(files: IncrementalFixture.files(pagesPerSection: 150))
        defer { site.remove() }
        let session = IncrementalFixture.session(site, workers: 2)
        _ = session.build()
        let footer = String(decoding: DefaultTheme.templates["partials/footer.mustache"]!, as: UTF8.self)
        try site.write("Templates/partials/footer.mustache", footer)
        #expect(session.build().pagesRendered == 0)
        let build = try expectSameAsClean(site, session) {
            try site.write("Templates/partials/footer.mustache", footer + "<p>edited footer</p>\n")
        }
        #expect(build.pagesRendered == 303)
    }

    @Test func configEditMatchesACleanBuild() throws {
        let (site, session) = try IncrementalFixture.built()
        defer { site.remove() }
        let build = try expectSameAsClean(site, session) {
            try site.write("sitegen.yml", "title: Renamed site\nlanguage: en\n")
        }
        #expect(build.full)
        #expect(!site.exists("public/sitemap.xml"))
        // Told only that the configuration was written, the build still starts over.
        let told = try expectSameAsClean(site, session, changedFiles: [site.root + "/sitegen.yml"]) {
            try site.write("sitegen.yml", "title: Renamed again\nlanguage: en\nbase-url: https://example.org/\n")
        }
        #expect(told.full)
        #expect(site.exists("public/sitemap.xml"))
    }

    @Test func aNewlyBrokenLinkIsReportedAndAFixClearsIt() throws {
        let (site, session) = try IncrementalFixture.built()
        defer { site.remove() }
        let good = try site.snapshot("public")
        let original = try site.read("Content/reference/ref-2.md")
        try site.write("Content/reference/ref-2.md", original + "\nSee [gone](../guides/missing.md).\n")
        let broken = session.build()
        #expect(broken.report.outcome == .contentErrors)
        #expect(broken.report.diagnostics.contains { $0.name == "link-broken" && $0.file == "Content/reference/ref-2.md" })
        #expect(try site.snapshot("public") == good, "a failed build writes nothing")
        // A broken anchor is a cross-page finding: found through the site index.
        try site.write("Content/reference/ref-2.md", original + "\nSee [setup](../guides/guide-2.md#no-such-heading).\n")
        let anchor = session.build()
        #expect(anchor.siteRulesRan)
        #expect(anchor.report.diagnostics.contains { $0.name == "link-broken-anchor" && $0.file == "Content/reference/ref-2.md" })
        let fixed = try expectSameAsClean(site, session) { try site.write("Content/reference/ref-2.md", original) }
        #expect(fixed.report.errorCount == 0)
    }

    @Test func removingTheTargetOfALinkBreaksTheLinkingPage() throws {
        let (site, session) = try IncrementalFixture.built()
        defer { site.remove() }
        try FileManager.default.removeItem(atPath: site.root + "/Content/reference/ref-1.md")
        let build = session.build()
        #expect(build.report.diagnostics.contains { $0.name == "link-broken" && $0.file == "Content/guides/guide-1.md" })
    }

    @Test func aDeferredSearchIndexCatchesUp() throws {
        let site = try TemporarySite(files: IncrementalFixture.files())
        defer { site.remove() }
        let session = IncrementalFixture.session(site)
        session.deferSiteContent = true
        _ = session.build()
        try site.write("Content/guides/guide-2.md", try site.read("Content/guides/guide-2.md") + "\nQuixotic words.\n")
        let build = session.build()
        #expect(build.deferredContent && session.hasDeferredContent)
        #expect(try !site.searchTerms().contains("quixotic") && !site.searchTerms().isEmpty)
        // An edit arriving stops the deferred index; it stays pending and is written later.
        let stopped = session.writeDeferredContent(workers: 1, shouldStop: { true })
        #expect(!stopped)
        #expect(session.hasDeferredContent)
        #expect(try !site.searchTerms().contains("quixotic") && !site.searchTerms().isEmpty)
        #expect(session.writeDeferredContent(workers: 1))
        #expect(!session.hasDeferredContent)
        #expect(try site.searchTerms().contains("quixotic"))
        #expect(IncrementalFixture.cleanBuild(site, into: "clean").outcome == .success)
        #expect(try site.snapshot("public") == site.snapshot("clean"))
    }

    @Test("the search index's shards come and go with the documents", arguments: [false, true])
    func searchShardsComeAndGo(deferred: Bool) throws {
        func long(_ sections: Int) -> String {
            "---\ntitle: Long\n---\n\n" + (0..<sections).map { "## Part \($0)\n\nWords \($0).\n" }.joined(separator: "\n")
        }
        var files = IncrementalFixture.files()
        files["Content/guides/long.md"] = long(SearchShards.documentsPerShard + 20)
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        let session = IncrementalFixture.session(site)
        session.deferSiteContent = deferred
        _ = session.build()
        #expect(site.exists("public/search-index/d1.js"))
        for sections in [3, SearchShards.documentsPerShard + 20] {
            try site.write("Content/guides/long.md", long(sections))
            #expect(session.build().succeeded)
            if deferred { #expect(session.writeDeferredContent(workers: 1)) }
            #expect(site.exists("public/search-index/d1.js") == (sections > 3), "\(sections) sections")
            #expect(IncrementalFixture.cleanBuild(site, into: "clean").outcome == .success)
            #expect(try site.snapshot("public") == site.snapshot("clean"))
        }
    }

    @Test func anInterruptedRenderIsFinishedByTheNextBuild() throws {
        let (site, session) = try IncrementalFixture.built(renderSlice: 2)
        defer { site.remove() }
        let footer = String(decoding: DefaultTheme.templates["partials/footer.mustache"]!, as: UTF8.self)
        try site.write("Templates/partials/footer.mustache", footer + "<p>interrupted</p>\n")
        let stopped = session.build(priority: ["guides/guide-1/index.html"], shouldStop: { true })
        #expect(stopped.interrupted)
        #expect(try site.read("public/guides/guide-1/index.html").contains("interrupted"), "open pages come first")
        _ = try expectSameAsClean(site, session) {}
    }

    @Test("a page reloaded early after a stylesheet edit gets the new stylesheet at the version it links")
    func earlyPagesLinkAssetsAlreadyWritten() throws {
        let (site, session) = try IncrementalFixture.built(renderSlice: 2)
        defer { site.remove() }
        let css = String(decoding: DefaultTheme.assets["assets/sitegen.css"]!, as: UTF8.self) + "\nbody { color: teal }\n"
        try site.write("Templates/assets/sitegen.css", css)
        var page = "", stylesheet = ""  // as a browser reloading at that moment sees them
        let stopped = session.build(priority: ["guides/guide-1/index.html"], firstPagesWritten: {
            page = (try? site.read("public/guides/guide-1/index.html")) ?? ""
            stylesheet = (try? site.read("public/assets/sitegen.css")) ?? ""
        }, shouldStop: { true })
        #expect(stopped.interrupted)
        #expect(page.contains("sitegen.css?v=" + StableDigest.version(of: Array(css.utf8))))
        #expect(stylesheet == css, "written before the page that links it")
        _ = try expectSameAsClean(site, session) {}
    }

    @Test("a page reloaded early shows an image added with it in the same build")
    func earlyPagesFindTheirNewFiles() throws {
        let (site, session) = try IncrementalFixture.built(renderSlice: 2)
        defer { site.remove() }
        let guide = "Content/guides/guide-1.md"
        try site.write(guide, try site.read(guide) + "\n![A new chart](chart.svg)\n")
        try site.write("Content/guides/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
        var page = "", chartThere = false  // as a browser reloading at that moment sees them
        _ = session.build(priority: ["guides/guide-1/index.html"], firstPagesWritten: {
            page = (try? site.read("public/guides/guide-1/index.html")) ?? ""
            chartThere = site.exists("public/guides/chart.svg")
        }, shouldStop: { true })
        #expect(page.contains("chart.svg"))
        #expect(chartThere, "copied before the page that shows it")
        _ = try expectSameAsClean(site, session) {}
    }

    @Test("an error undone gives back the last good output: nothing written, open pages not told to reload")
    func anUndoneErrorReloadsNoPage() throws {
        let (site, session) = try IncrementalFixture.built()
        defer { site.remove() }
        let guide = "Content/guides/guide-1.md"
        let good = try site.read(guide)
        try site.write(guide, good.replacingOccurrences(of: "title:", with: "title: [unclosed\nx:"))
        #expect(!session.build(priority: ["guides/guide-1/index.html"]).succeeded)
        try site.write(guide, good)
        var toldEarly = false
        let undone = session.build(priority: ["guides/guide-1/index.html"], firstPagesWritten: { toldEarly = true })
        #expect(undone.succeeded && undone.pagesRendered >= 1, "the page is rendered again")
        #expect(undone.changed.isEmpty)
        #expect(!toldEarly, "open pages were told to reload though no file changed")
    }

    /// The cross-page rules run again for an edit to a table they read (a matrix, an option page's
    /// key → value table), not for one to a plain table of another page; the findings are a clean
    /// check's either way.
    @Test func siteRulesRunAgainOnlyForTablesTheyRead() throws {
        let (site, session) = try IncrementalFixture.built()
        defer { site.remove() }
        func clean() -> [Diagnostic] { site.build(mode: .check).diagnostics }
        let plain = try expectSameAsClean(site, session) {
            try site.write("Content/guides/guide-2.md", try site.read("Content/guides/guide-2.md")
                .replacingOccurrences(of: "| size | 20 |", with: "| size | 25 |\n| colour | blue |"))
        }
        #expect(!plain.siteRulesRan && plain.pagesParsed == 1)
        // An option page's table states facts: `Time` of Guide 1 now differs from the matrix's.
        let option = "Content/guides/guide-1.md"
        try site.write(option, try site.read(option).replacingOccurrences(of: "| size | 10 |", with: "| size | 10 |\n| Time | 3 hours |"))
        let conflict = session.build()
        #expect(conflict.siteRulesRan)
        #expect(conflict.report.diagnostics.contains { $0.name == "fact-conflict" })
        #expect(conflict.report.diagnostics == clean())
        let resolved = try expectSameAsClean(site, session) {
            try site.write(option, try site.read(option).replacingOccurrences(of: "| Time | 3 hours |", with: "| Time | 5 minutes |"))
        }
        #expect(resolved.siteRulesRan && resolved.report.diagnostics == clean())
        // A table of three columns on the option page states no facts: once it is there, editing it
        // runs them no more.
        let added = try expectSameAsClean(site, session) {
            try site.write(option, try site.read(option) + "\n| Step | Who | When |\n|---|---|---|\n| install | you | first |\n")
        }
        #expect(added.siteRulesRan)  // a new table: a new anchor
        let edited = try expectSameAsClean(site, session) {
            try site.write(option, try site.read(option).replacingOccurrences(of: "| install | you | first |", with: "| install | we | later |"))
        }
        #expect(!edited.siteRulesRan)
        let ways = try expectSameAsClean(site, session) {
            try site.write("Content/_index.md", try site.read("Content/_index.md").replacingOccurrences(of: "| Offline | yes | no |",
                                                                                                        with: "| Offline | yes | yes |"))
        }
        #expect(ways.siteRulesRan)
        // A matrix cell: the rules that read tables run again, not those of links and anchors.
        #expect(Set(ways.siteRulesRun).isSuperset(of: [FactConflict().descriptor.id, OptionOrphan().descriptor.id,
                                                        MatrixUnknownOption().descriptor.id]))
        #expect(!ways.siteRulesRun.contains(LinkBroken().descriptor.id) && !ways.siteRulesRun.contains(LinkBrokenAnchor().descriptor.id))
    }

    /// An edit that changes only a page's links or headings runs again only the cross-page rules
    /// that read them (links: link-broken and link-broken-anchor; headings: link-broken-anchor and
    /// matrix-unknown-option), and their findings are a clean check's.
    @Test func linkAndHeadingEditsRunOnlyTheRulesThatReadThem() throws {
        let (site, session) = try IncrementalFixture.built()
        defer { site.remove() }
        func clean() -> [Diagnostic] { site.build(mode: .check).diagnostics }
        let links = Set([LinkBroken().descriptor.id, LinkBrokenAnchor().descriptor.id])
        let headings = Set([LinkBrokenAnchor().descriptor.id, MatrixUnknownOption().descriptor.id])
        let neither = [FactConflict().descriptor.id, OptionOrphan().descriptor.id, SlugDuplicate().descriptor.id,
                       TranslationDrift().descriptor.id]
        // The index such a check builds: anchors for a link, and options (heading keys) for a heading,
        // no facts; options and facts, no anchors, for a matrix cell.
        func parts(_ changed: PageParts) -> SiteIndex.Parts {
            RuleRegistry.all.filter { !$0.siteReads.isDisjoint(with: changed) }.reduce(into: []) { $0.formUnion($1.readsIndex) }
        }
        #expect(parts(.links) == .anchors && parts(.headings) == [.anchors, .options] && parts(.tables) == [.options, .facts])
        let ref = "Content/reference/ref-2.md", guide = "Content/guides/guide-2.md"
        // A new link to a heading that is there: nothing found.
        let linked = try expectSameAsClean(site, session) {
            try site.write(ref, try site.read(ref) + "\nAlso [guide 2](../guides/guide-2.md#setup).\n")
        }
        #expect(Set(linked.siteRulesRun).isSuperset(of: links) && neither.allSatisfy { !linked.siteRulesRun.contains($0) })
        #expect(linked.pagesParsed == 1)
        // A link to a heading that is not: found, as a clean check finds it.
        try site.write(ref, try site.read(ref) + "And [nowhere](../guides/guide-3.md#no-such-heading).\n")
        let broken = session.build()
        #expect(broken.report.diagnostics.map(\.name) == ["link-broken-anchor"] && broken.report.diagnostics == clean())
        #expect(!broken.siteRulesRun.contains(FactConflict().descriptor.id))
        // A heading renamed: the links to it on other pages break.
        try site.write(ref, try site.read(ref).replacingOccurrences(of: "And [nowhere](../guides/guide-3.md#no-such-heading).\n", with: ""))
        try site.write(guide, try site.read(guide).replacingOccurrences(of: "## Setup", with: "## Install"))
        let renamed = session.build()
        #expect(Set(renamed.siteRulesRun).isSuperset(of: headings))
        #expect(neither.allSatisfy { !renamed.siteRulesRun.contains($0) })
        #expect(!renamed.report.diagnostics.isEmpty && renamed.report.diagnostics.allSatisfy { $0.name == "link-broken-anchor" })
        #expect(renamed.report.diagnostics == clean())
        try site.write(guide, try site.read(guide).replacingOccurrences(of: "## Install", with: "## Setup"))
        #expect(session.build().report.diagnostics == clean())
        // A matrix option named by a heading: removing the heading makes it unknown.
        let home = "Content/_index.md", third = "Content/guides/guide-3.md"
        try site.write(home, try site.read(home).replacingOccurrences(of: "| Criterion | Guide 1 | Reference 1 |\n|---|---|---|\n| Time | 5 minutes | 2 hours |\n| Offline | yes | no |",
                                                                      with: "| Criterion | Guide 1 | Reference 1 | Extra |\n|---|---|---|---|\n| Time | 5 minutes | 2 hours | 1 hour |\n| Offline | yes | no | yes |"))
        try site.write(third, try site.read(third) + "\n## Extra\n\nThe extra way.\n")
        let extra = session.build()
        #expect(extra.report.diagnostics == clean() && !extra.report.diagnostics.contains { $0.name == "matrix-unknown-option" })
        try site.write(third, try site.read(third).replacingOccurrences(of: "\n## Extra\n\nThe extra way.\n", with: "\nThe extra way.\n"))
        let unknown = session.build()
        #expect(unknown.report.diagnostics.contains { $0.name == "matrix-unknown-option" })
        #expect(unknown.report.diagnostics == clean())
        #expect(neither.allSatisfy { !unknown.siteRulesRun.contains($0) })
    }

    @Test func anUnchangedRebuildDoesNothing() throws {
        let (site, session) = try IncrementalFixture.built()
        defer { site.remove() }
        let again = session.build()
        #expect(again.succeeded)
        #expect(again.pagesParsed == 0 && again.pagesRendered == 0 && again.changed.isEmpty)
        #expect(!again.siteRulesRan)
    }
}
