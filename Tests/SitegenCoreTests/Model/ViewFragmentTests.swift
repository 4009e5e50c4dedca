import Testing
@testable import SitegenCore

/// Fragments that keep the view of a page's tables, as the page script writes them.
@Suite struct ViewFragmentTests {
    @Test func keysNameTheTableTheyBelongTo() {
        #expect(ViewFragment.keys(of: "tbl-review.ask=2,1") == [.init(anchor: "tbl-review", field: "ask")])
        #expect(ViewFragment.keys(of: "methods.sort=5d&methods.w=3:3&tbl-a.b.ask=1")
                == [.init(anchor: "matrix-methods", field: "sort"), .init(anchor: "matrix-methods", field: "w"),
                    .init(anchor: "tbl-a.b", field: "ask")])
        #expect(ViewFragment.keys(of: "a.b.hide=") == [.init(anchor: "matrix-a.b", field: "hide")])
        for anchor in ["conditions", "tbl-review", "x=1", "methods.zoom=1", ".sort=1", "review.ask=1", "a.sort=1&b"] {
            #expect(ViewFragment.keys(of: anchor) == nil, "\(anchor)")
        }
    }

    @Test func renamingChangesOnlyTheTablesKeys() {
        #expect(ViewFragment.renaming("tbl-review.ask=2", table: "review", to: "审核") == "tbl-审核.ask=2")
        #expect(ViewFragment.renaming("methods.sort=2a&methods.x.sort=1a&tbl-methods.ask=1", table: "methods", to: "ways")
                == "ways.sort=2a&methods.x.sort=1a&tbl-ways.ask=1")
        #expect(ViewFragment.renaming("other.sort=2a", table: "methods", to: "ways") == nil)
        #expect(ViewFragment.renaming("methods", table: "methods", to: "ways") == nil)
        #expect(ViewFragment.isView("a.sort=1a&tbl-b.ask=1", ofTable: "b") && ViewFragment.isView("a.sort=1a", ofTable: "a"))
        #expect(!ViewFragment.isView("a.sort=1a", ofTable: "b") && !ViewFragment.isView("tbl-a", ofTable: "a"))
    }
}
