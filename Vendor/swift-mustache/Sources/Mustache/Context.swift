//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// Context while rendering mustache tokens
struct MustacheContext {
    // sitegen patch: `var`, so a render can push and pop its stack in place (see `entering`).
    var stack: [Any]
    var sequenceContext: MustacheSequenceContext?
    var indentation: String?
    var inherited: [String: MustacheTemplate]?
    var contentType: MustacheContentType
    let library: MustacheLibrary?
    let reloadPartials: Bool
    // sitegen patch: how many partials deep this context is, and where a render notes that it
    // stopped a partial nested deeper than `MustacheLibrary.maximumPartialDepth` (a partial
    // that includes itself without end would otherwise overflow the stack).
    var partialDepth: Int
    let limits: MustacheRenderLimits

    /// initialize context with a single objectt
    init(_ object: Any, library: MustacheLibrary? = nil, reloadPartials: Bool = false) {
        self.stack = [object]
        self.sequenceContext = nil
        self.indentation = nil
        self.inherited = nil
        self.contentType = HTMLContentType()
        self.library = library
        self.reloadPartials = reloadPartials
        self.partialDepth = 0  // sitegen patch
        self.limits = MustacheRenderLimits()  // sitegen patch
    }

    private init(
        stack: [Any],
        sequenceContext: MustacheSequenceContext?,
        indentation: String?,
        inherited: [String: MustacheTemplate]?,
        contentType: MustacheContentType,
        library: MustacheLibrary? = nil,
        reloadPartials: Bool,
        partialDepth: Int,  // sitegen patch
        limits: MustacheRenderLimits  // sitegen patch
    ) {
        self.stack = stack
        self.sequenceContext = sequenceContext
        self.indentation = indentation
        self.inherited = inherited
        self.contentType = contentType
        self.library = library
        self.reloadPartials = reloadPartials
        self.partialDepth = partialDepth  // sitegen patch
        self.limits = limits  // sitegen patch
    }

    /// return context with object add to stack
    func withObject(_ object: Any) -> MustacheContext {
        var stack = self.stack
        stack.append(object)
        return .init(
            stack: stack,
            sequenceContext: nil,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: self.contentType,
            library: self.library,
            reloadPartials: self.reloadPartials,
            partialDepth: self.partialDepth,  // sitegen patch
            limits: self.limits  // sitegen patch
        )
    }

    /// return context with indent and parameter information for invoking a partial
    func withPartial(indented: String?, inheriting: [String: MustacheTemplate]?) -> MustacheContext {
        let partial = self.withPartialSettings(indented: indented, inheriting: inheriting)  // sitegen patch
        return .init(
            stack: self.stack,
            sequenceContext: nil,
            indentation: partial.indentation,
            inherited: partial.inherited,
            contentType: HTMLContentType(),
            library: self.library,
            reloadPartials: self.reloadPartials,
            partialDepth: self.partialDepth + 1,  // sitegen patch
            limits: self.limits  // sitegen patch
        )
    }

    // sitegen patch: the indentation and inherited blocks of a partial (was inside `withPartial`).
    private func withPartialSettings(
        indented: String?,
        inheriting: [String: MustacheTemplate]?
    ) -> (indentation: String?, inherited: [String: MustacheTemplate]?) {
        let indentation: String?
        if let indented {
            indentation = (self.indentation ?? "") + indented
        } else {
            indentation = self.indentation
        }
        let inherits: [String: MustacheTemplate]?
        if let inheriting {
            if let originalInherits = self.inherited {
                inherits = originalInherits.merging(inheriting) { value, _ in value }
            } else {
                inherits = inheriting
            }
        } else {
            inherits = self.inherited
        }
        return (indentation, inherits)
    }

    /// return context with indent information for invoking an inheritance block
    func withBlockExpansion(indented: String?) -> MustacheContext {
        let indentation: String?
        if let indented {
            indentation = (self.indentation ?? "") + indented
        } else {
            indentation = self.indentation
        }
        return .init(
            stack: self.stack,
            sequenceContext: nil,
            indentation: indentation,
            inherited: self.inherited,
            contentType: self.contentType,
            library: self.library,
            reloadPartials: self.reloadPartials,
            partialDepth: self.partialDepth,  // sitegen patch
            limits: self.limits  // sitegen patch
        )
    }

    /// return context with sequence info and sequence element added to stack
    func withSequence(_ object: Any, sequenceContext: MustacheSequenceContext) -> MustacheContext {
        var stack = self.stack
        stack.append(object)
        return .init(
            stack: stack,
            sequenceContext: sequenceContext,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: self.contentType,
            library: self.library,
            reloadPartials: self.reloadPartials,
            partialDepth: self.partialDepth,  // sitegen patch
            limits: self.limits  // sitegen patch
        )
    }

    /// return context with sequence info and sequence element added to stack
    func withContentType(_ contentType: MustacheContentType) -> MustacheContext {
        .init(
            stack: self.stack,
            sequenceContext: self.sequenceContext,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: contentType,
            library: self.library,
            reloadPartials: self.reloadPartials,
            partialDepth: self.partialDepth,  // sitegen patch
            limits: self.limits  // sitegen patch
        )
    }
}

// sitegen patch: what one render noted about the limits it enforced, and whether it met a block.
// sitegen patch: the same changes as `withObject`, `withSequence` and `withPartial`, made in
// place and undone afterwards, so rendering a section or a partial copies no context and
// allocates no new stack (the stack array stays uniquely referenced and keeps its capacity).
extension MustacheContext {
    /// What `leave` puts back.
    struct Saved {
        let sequenceContext: MustacheSequenceContext?
        let indentation: String?
        let inherited: [String: MustacheTemplate]?
        let contentType: MustacheContentType
        let partialDepth: Int
        let stackCount: Int
    }

    var saved: Saved {
        Saved(
            sequenceContext: self.sequenceContext,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: self.contentType,
            partialDepth: self.partialDepth,
            stackCount: self.stack.count
        )
    }

    /// In place of `withObject(object)` (sequence context nil) or `withSequence(object, sequenceContext:)`.
    mutating func push(_ object: Any, sequenceContext: MustacheSequenceContext?) {
        self.stack.append(object)
        self.sequenceContext = sequenceContext
    }

    /// Undoes `push`, given the sequence context from before it.
    mutating func pop(restoring sequenceContext: MustacheSequenceContext?) {
        self.stack.removeLast()
        self.sequenceContext = sequenceContext
    }

    /// In place of `withPartial(indented:inheriting:)`; undo with `leave`.
    mutating func enterPartial(indented: String?, inheriting: [String: MustacheTemplate]?) {
        let partial = self.withPartialSettings(indented: indented, inheriting: inheriting)
        self.sequenceContext = nil
        self.indentation = partial.indentation
        self.inherited = partial.inherited
        self.contentType = HTMLContentType()
        self.partialDepth += 1
    }

    mutating func leave(_ saved: Saved) {
        self.stack.removeSubrange(saved.stackCount...)
        self.sequenceContext = saved.sequenceContext
        self.indentation = saved.indentation
        self.inherited = saved.inherited
        self.contentType = saved.contentType
        self.partialDepth = saved.partialDepth
    }
}

final class MustacheRenderLimits {
    var partialDepthExceeded = false
    /// Whether the render met a block (`{{$name}}`), whose text an inheriting template can replace
    /// (see `RenderedPartials`).
    var metBlock = false
}
