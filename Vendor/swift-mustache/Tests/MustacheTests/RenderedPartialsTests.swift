//
// sitegen patch: a file of its own (not in swift-mustache 2.1.1).
//

import Mustache
import XCTest

/// A record made with `keepingRenderedPartials` renders a partial over it
/// once, when the partial's text depends on nothing outside the record, and
/// renders exactly as any other record otherwise. (The differential test
/// renders thousands of random templates over such records, twice.)
final class RenderedPartialsTests: XCTestCase {
    func library(_ templates: [String: String]) throws -> MustacheLibrary {
        try MustacheLibrary(templates: templates.mapValues { try MustacheTemplate(string: $0) })
    }

    func item(_ title: String, count: Int = 0) -> MustacheRecord {
        MustacheRecord(names: ["title", "count"], values: [title, count], keepingRenderedPartials: true)
    }

    func testAPartialThatReadsOnlyTheRecordIsKeptAcrossRenders() throws {
        let item = self.item("a&b", count: 2)
        var library = try library(["main": "{{#items}}{{>item}}{{/items}}", "item": "<{{title}}:{{count}}>"])
        XCTAssertEqual(library.render(["items": [item, item]], withTemplate: "main"), "<a&amp;b:2><a&amp;b:2>")
        // The same record under another outer context: the kept text, which depends on nothing there.
        XCTAssertEqual(library.render(["items": [item], "title": "outer"], withTemplate: "main"), "<a&amp;b:2>")
        // Other templates (a new registration): rendered again with them.
        try library.register("[{{title}}]", named: "item")
        XCTAssertEqual(library.render(["items": [item]], withTemplate: "main"), "[a&amp;b]")
    }

    func testAKeptPartialIsRenderedOnce() throws {
        // A lambda counts the renders (a record that keeps its partials must not hold one for
        // anything but this: its text would be read once).
        var calls = 0
        let counted = MustacheRecord(names: ["title"], values: [MustacheLambda { () -> Any? in
            calls += 1
            return "t"
        }], keepingRenderedPartials: true)
        let library = try library(["main": "{{#items}}{{>item}}{{/items}}", "item": "{{title}}"])
        XCTAssertEqual(library.render(["items": [counted, counted]], withTemplate: "main"), "tt")
        XCTAssertEqual(library.render(["items": [counted]], withTemplate: "main"), "t")
        XCTAssertEqual(calls, 1)
        let plain = MustacheRecord(names: ["title"], values: [MustacheLambda { () -> Any? in
            calls += 1
            return "t"
        }])
        XCTAssertEqual(library.render(["items": [plain, plain]], withTemplate: "main"), "tt")
        XCTAssertEqual(calls, 3)
    }

    func testAPartialThatReadsOutsideTheRecordIsRenderedEveryTime() throws {
        let item = self.item("x")
        let library = try library([
            "main": "{{#items}}{{>item}}{{/items}}",
            "item": "{{title}}{{#missing}}!{{/missing}}{{root}}",
        ])
        XCTAssertEqual(library.render(["items": [item], "root": "../"], withTemplate: "main"), "x../")
        XCTAssertEqual(library.render(["items": [item], "root": "/", "missing": true], withTemplate: "main"), "x!/")
        XCTAssertEqual(library.render(["items": [item]], withTemplate: "main"), "x")
    }

    func testNestedRecordsAndPartialsAreKeptOnlyWhenAllTheyReadIsInside() throws {
        // (A child without `children` would find its parent's, and include itself without end.)
        let child = MustacheRecord(names: ["title", "children"], values: ["c", [MustacheRecord]()], keepingRenderedPartials: true)
        let parent = MustacheRecord(names: ["title", "children"], values: ["p", [child]], keepingRenderedPartials: true)
        let library = try library([
            "main": "{{#items}}{{>node}}{{/items}}",
            "node": "({{title}}{{#children}}{{>node}}{{/children}}{{suffix}})",
        ])
        // `suffix` is outside every record: nothing is kept, and each render reads it.
        XCTAssertEqual(library.render(["items": [parent], "suffix": "1"], withTemplate: "main"), "(p(c1)1)")
        XCTAssertEqual(library.render(["items": [parent], "suffix": "2"], withTemplate: "main"), "(p(c2)2)")
        let kept = try self.library(["main": "{{#items}}{{>node}}{{/items}}", "node": "({{title}}{{#children}}{{>node}}{{/children}})"])
        XCTAssertEqual(kept.render(["items": [parent]], withTemplate: "main"), "(p(c))")
        XCTAssertEqual(kept.render(["items": [parent, child]], withTemplate: "main"), "(p(c))(c)")
    }

    func testIndentedPartialsAndRecordsThatKeepNothingRenderAsUsual() throws {
        let library = try library(["main": "{{#items}}\n  {{>item}}\n{{/items}}", "item": "{{title}}\n{{title}}\n"])
        let kept = item("k")
        XCTAssertEqual(library.render(["items": [kept, kept]], withTemplate: "main"), "  k\n  k\n  k\n  k\n")
        let plain = MustacheRecord(names: ["title"], values: ["p"])
        let flat = try self.library(["main": "{{#items}}{{>item}}{{/items}}", "item": "{{title}}{{root}}"])
        XCTAssertEqual(flat.render(["items": [plain], "root": "/"], withTemplate: "main"), "p/")
        XCTAssertEqual(flat.render(["items": [plain], "root": "~"], withTemplate: "main"), "p~")
    }

    func testPartialsInAnInheritingLayoutAreKeptUnlessTheyMeetABlock() throws {
        let item = self.item("x")
        let library = try library([
            "base": "<{{$content}}base{{/content}}|{{#items}}{{>item}}{{/items}}>",
            "page": "{{<base}}{{$content}}page{{/content}}{{$tail}}T{{/tail}}{{/base}}",
            "item": "{{title}}{{$tail}}-{{/tail}}",
            "plain": "{{#items}}{{>item}}{{/items}}",
        ])
        // The item meets a block: its text depends on the blocks the page gives, so it is not kept.
        XCTAssertEqual(library.render(["items": [item]], withTemplate: "page"), "<page|xT>")
        XCTAssertEqual(library.render(["items": [item]], withTemplate: "plain"), "x-")
        XCTAssertEqual(library.render(["items": [item]], withTemplate: "page"), "<page|xT>")
        var calls = 0
        let counted = MustacheRecord(names: ["title"], values: [MustacheLambda { () -> Any? in
            calls += 1
            return "c"
        }], keepingRenderedPartials: true)
        let layout = try self.library([
            "base": "<{{$content}}base{{/content}}|{{#items}}{{>item}}{{/items}}>",
            "page": "{{<base}}{{$content}}page{{/content}}{{/base}}",
            "item": "{{title}}",
        ])
        // An item without blocks, in the page that inherits from the layout: kept.
        XCTAssertEqual(layout.render(["items": [counted, counted]], withTemplate: "page"), "<page|cc>")
        XCTAssertEqual(calls, 1)
    }

    func testAPartialStoppedTooDeepIsNotKept() throws {
        let item = self.item("x")
        // `item` includes itself as long as the record has a title: the render stops it and says so.
        let library = try library(["main": "{{#items}}{{>item}}{{/items}}", "item": "{{#title}}{{>item}}{{/title}}"])
        XCTAssertNil(library.render(["items": [item]], withTemplate: "main"))
        XCTAssertNil(library.render(["items": [item]], withTemplate: "main"))
    }

    func testRecordsSharedAcrossThreadsRenderTheSame() throws {
        /// The records and each thread's result, shared as sitegen shares its navigation items.
        final class Shared: @unchecked Sendable {
            let items: [MustacheRecord]
            var results: [String?]
            init(items: [MustacheRecord], threads: Int) {
                self.items = items
                results = Array(repeating: nil, count: threads)
            }
        }
        let shared = Shared(items: (0..<50).map { item("t\($0)", count: $0) }, threads: 8)
        let library = try library(["main": "{{#items}}{{>item}};{{/items}}", "item": "{{title}}={{count}}"])
        shared.results.withUnsafeMutableBufferPointer { results in
            let base = results.baseAddress!
            let address = Int(bitPattern: base)
            DispatchQueue.concurrentPerform(iterations: 8) { index in
                let rendered = library.render(["items": shared.items], withTemplate: "main")
                UnsafeMutablePointer<String?>(bitPattern: address)!.advanced(by: index).pointee = rendered
            }
        }
        let expected = (0..<50).map { "t\($0)=\($0);" }.joined()
        XCTAssertEqual(shared.results, Array(repeating: expected, count: 8))
    }
}
