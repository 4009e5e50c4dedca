import Foundation
import Mustache

/// A copy of a theme's template library for each thread that renders.
/// Rendering retains and releases the parsed templates' tokens as it walks
/// them; two threads doing that to the same tokens fight over their reference
/// counts (the cache line holding each count moves between the cores at every
/// retain): `perf` put 4.7% of a two-worker build in those retains, 1.8% with
/// one worker. Copies lent to whichever thread asked next still moved between
/// the cores page by page (3.3%); a copy that stays with its thread does not.
/// Each copy is parsed from the sources again, so no two threads share a token.
final class TemplateLibraries: @unchecked Sendable {  // `byThread` only under `lock`
    private let lock = NSLock()
    private let first: MustacheLibrary
    private var byThread: [UInt: MustacheLibrary] = [:]
    /// Whether `first` went to a thread: it goes to one only. (Asked whether no thread had a
    /// library yet, two workers asking at the start of a build both took it: the other's entry
    /// is written only after its library is made, outside the lock.)
    private var firstTaken = false
    /// How many copies were parsed from `sources` (the first not counted).
    private(set) var parsedCopies = 0
    private let sources: [(name: String, text: String)]

    /// `first` goes to the first thread that asks; the others get copies parsed from `sources`.
    init(first: MustacheLibrary, sources: [String: Theme.TemplateSource]) {
        self.first = first
        self.sources = Self.ordered(sources)
    }

    /// A theme's template sources by name, in name order: the order every library registers them in.
    static func ordered(_ sources: [String: Theme.TemplateSource]) -> [(name: String, text: String)] {
        sources.sorted { $0.key < $1.key }.map { ($0.key, $0.value.text) }
    }

    /// How many copies exist (the first included): one per thread that has rendered.
    var copies: Int {
        lock.lock()
        defer { lock.unlock() }
        return max(1, byThread.count)
    }

    /// This thread's library (`pthread_t` is an integer on Linux).
    var forThisThread: MustacheLibrary {
        let thread = UInt(pthread_self())
        lock.lock()
        if let library = byThread[thread] {
            lock.unlock()
            return library
        }
        let isFirst = !firstTaken
        firstTaken = true
        if !isFirst { parsedCopies += 1 }
        lock.unlock()
        let library = isFirst ? first : Self.library(sources)
        lock.lock()
        defer { lock.unlock() }
        // Threads come and go over a long `serve` session (each new one asks once): the copies of
        // threads gone are dropped all at once when there are more than a few per core.
        if byThread.count >= Self.limit { byThread.removeAll() }
        if byThread[thread] == nil { byThread[thread] = library }
        return byThread[thread]!
    }

    static let limit = 4 * ProcessInfo.processInfo.activeProcessorCount + 4

    /// A library of the templates of `sources` that parse, registered in the order given;
    /// `failed` hears of each that does not (`Theme.load` reports them; the copies, made from
    /// the same sources, leave them out alike).
    static func library(
        _ sources: [(name: String, text: String)], failed: (_ name: String, _ error: any Error) -> Void = { _, _ in }
    ) -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in sources {
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch {
                failed(name, error)
            }
        }
        return library
    }
}
