//
// sitegen patch: a file of its own (not in swift-mustache 2.1.1).
//

import Foundation

/// The text of partials rendered over one `MustacheRecord` made with
/// `keepingRenderedPartials`, by library (its templates), partial name and
/// partial depth; `nil` text for a partial whose text depends on more than the
/// record (rendered as usual every time). Shared by every copy of the record,
/// on any thread.
final class RenderedPartials: @unchecked Sendable {
    private struct Entry {
        let library: TemplatesIdentity
        let name: String
        let depth: Int
        let text: [UInt8]?

        func isFor(_ library: TemplatesIdentity, _ name: String, _ depth: Int) -> Bool {
            self.library === library && self.depth == depth && self.name == name
        }
    }

    private let lock = NSLock()
    private var entries: [Entry] = []

    /// `.some(text)` when the partial was rendered over the record before (`.some(nil)`: it
    /// depends on more than the record), `nil` when it was not.
    func text(library: TemplatesIdentity, name: String, depth: Int) -> [UInt8]?? {
        lock.lock()
        defer { lock.unlock() }
        return entries.first { $0.isFor(library, name, depth) }.map(\.text)
    }

    func keep(_ text: [UInt8]?, library: TemplatesIdentity, name: String, depth: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard !entries.contains(where: { $0.isFor(library, name, depth) }) else { return }
        entries.append(Entry(library: library, name: name, depth: depth, text: text))
    }
}

/// The bottom of the context stack while a partial renders over a record
/// alone: notes that the partial looked up a name the record (or what was
/// pushed above it) did not answer, and answers nothing.
final class OutsideLookups: MustacheParent {
    private(set) var asked = false

    func child(named: String) -> Any? {
        asked = true
        return nil
    }
}

extension MustacheTemplate {
    /// Renders the partial `name` (`template`) over `record`, which keeps its rendered partials
    /// (`MustacheRecord.init(names:values:keepingRenderedPartials:)`): the text kept from before
    /// when there is one; the first time, renders it over the record alone and keeps that text
    /// unless it looked outside the record, stopped a partial nested too deep or met a block
    /// (`{{$name}}`, whose text the blocks inherited from the context could replace). The context
    /// is the one the partial token was met in, with no indentation; the token has no overrides
    /// (the caller checks).
    func renderKeptPartial(
        _ template: MustacheTemplate,
        named name: String,
        indented: String?,
        over record: MustacheRecord,
        keeping kept: RenderedPartials,
        library: MustacheLibrary,
        context: inout MustacheContext,
        into output: inout [UInt8]
    ) {
        let depth = context.partialDepth
        switch kept.text(library: library.identity, name: name, depth: depth) {
        case .some(.some(let text)):
            output += text
            return
        case .some(.none):
            break
        case .none:
            let outside = OutsideLookups()
            var alone = MustacheContext(outside, library: library)
            alone.stack.append(record)
            alone.partialDepth = depth
            var text: [UInt8] = []
            self.renderPartial(template, indented: indented, inheriting: nil, context: &alone, into: &text)
            // (Rendered alone, the partial inherits no blocks: one that meets a block is not kept.)
            let keepsText = !outside.asked && !alone.limits.partialDepthExceeded && !alone.limits.metBlock
            kept.keep(keepsText ? text : nil, library: library.identity, name: name, depth: depth)
            if keepsText {
                output += text
                return
            }
        }
        self.renderPartial(template, indented: indented, inheriting: nil, context: &context, into: &output)
    }
}
