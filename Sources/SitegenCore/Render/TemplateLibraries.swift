import Foundation
import Mustache

/// Copies of a theme's template library, lent one to each render running at
/// a time. Rendering retains and releases the parsed templates' tokens as it
/// walks them; two threads doing that to the same tokens fight over their
/// reference counts (the cache line holding each count moves between the
/// cores at every retain): `perf` put 4.7% of a two-worker build in those
/// retains, 1.8% with one worker. Each copy is parsed from the sources again,
/// so no two threads share a token.
final class TemplateLibraries: @unchecked Sendable {  // `idle` only under `lock`
    private let lock = NSLock()
    private var idle: [MustacheLibrary]
    private let sources: [(name: String, text: String)]
    /// How many copies exist (the first included): at most one per render running at once.
    private(set) var copies = 1

    /// `first` is lent first; the others are parsed from `sources` when needed.
    init(first: MustacheLibrary, sources: [String: Theme.TemplateSource]) {
        idle = [first]
        self.sources = sources.sorted { $0.key < $1.key }.map { ($0.key, $0.value.text) }
    }

    /// Runs `body` with a library no other thread is using meanwhile.
    func with<T>(_ body: (MustacheLibrary) throws -> T) rethrows -> T {
        lock.lock()
        let lent = idle.popLast()
        lock.unlock()
        let library = lent ?? parsed()
        defer {
            lock.lock()
            idle.append(library)
            lock.unlock()
        }
        return try body(library)
    }

    /// A new copy: the templates that parse, as `Theme.load` registered them (those that do
    /// not were reported there, and are missing from every copy alike).
    private func parsed() -> MustacheLibrary {
        lock.lock()
        copies += 1
        lock.unlock()
        var library = MustacheLibrary()
        for (name, text) in sources {
            if let template = try? MustacheTemplate(string: text) { library.register(template, named: name) }
        }
        return library
    }
}
