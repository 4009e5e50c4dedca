import Foundation
@testable import SitegenCore
import Testing
@testable import SitegenServer

@Suite struct ReloadHubTests {
    /// The events an open page received, by name and data.
    final class Page: @unchecked Sendable {
        private let lock = NSLock()
        private var received: [String] = []

        var subscriber: ReloadHub.Subscriber {
            ReloadHub.Subscriber(send: { [self] bytes in
                let text = String(decoding: bytes, as: UTF8.self)
                let lines = text.split(separator: "\n").filter { !$0.hasPrefix("retry:") }
                lock.withLock { received.append(lines.map { String($0.split(separator: " ", maxSplits: 1).last!) }.joined(separator: " ")) }
            }, finish: {})
        }

        func take() -> [String] {
            lock.withLock {
                defer { received = [] }
                return received
            }
        }
    }

    static func build(changed: [String], errors: [String] = [], interrupted: Bool = false) -> SessionBuild {
        var build = SessionBuild()
        build.changed = changed
        build.interrupted = interrupted
        build.report.outcome = errors.isEmpty ? .success : .contentErrors
        build.report.diagnostics = errors.map {
            Diagnostic(id: "REF004", name: "link-broken-anchor", severity: .error, file: "Content/a.md",
                       range: nil, message: $0)
        }
        return build
    }

    @Test("a build that changes no output file reloads no page; one that clears an overlay without changing files hides it")
    func unchangedOutputDoesNotReload() throws {
        let hub = ReloadHub()
        let page = Page()
        _ = hub.subscribe(page.subscriber)
        #expect(page.take() == [#"hello {"version":1,"errors":[]}"#])

        hub.publish(Self.build(changed: ["index.html"]))
        #expect(page.take() == [#"reload {"version":2}"#])

        hub.publish(Self.build(changed: []))
        #expect(page.take() == [], "a save without an edit reloaded the page")
        #expect(hub.version == 2)

        hub.publish(Self.build(changed: [], errors: ["broken"]))
        let errors = page.take()
        #expect(errors.count == 1 && errors[0].hasPrefix(#"errors {"version":2,"errors":[{"#) && errors[0].contains("broken"))

        hub.publish(Self.build(changed: []))
        #expect(page.take() == [#"errors {"version":2,"errors":[]}"#])
        #expect(hub.errorsJSON == "[]")

        // A page opened now is not told to reload, and shows no overlay.
        let late = Page()
        _ = hub.subscribe(late.subscriber)
        #expect(late.take() == [#"hello {"version":2,"errors":[]}"#])

        // An interrupted build reloads (the pages it wrote first are new), even with nothing listed yet.
        hub.publish(Self.build(changed: [], interrupted: true))
        #expect(page.take() == [#"reload {"version":3}"#])
    }
}
