//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// Protocol for objects that can be rendered as a sequence in Mustache
public protocol MustacheSequence: Sequence {}

extension MustacheSequence {
    /// Render section using template
    // sitegen patch: renders into the caller's string, pushing each item onto the context in place.
    func renderSection(with template: MustacheTemplate, context: inout MustacheContext, into output: inout [UInt8]) {
        var sequenceContext = MustacheSequenceContext(first: true)

        var iterator = makeIterator()
        guard var currentObject = iterator.next() else { return }

        let outerSequenceContext = context.sequenceContext
        while let object = iterator.next() {
            context.push(currentObject, sequenceContext: sequenceContext)
            template.render(context: &context, into: &output)
            context.pop(restoring: outerSequenceContext)
            currentObject = object
            sequenceContext.first = false
            sequenceContext.index += 1
        }

        sequenceContext.last = true
        context.push(currentObject, sequenceContext: sequenceContext)
        template.render(context: &context, into: &output)
        context.pop(restoring: outerSequenceContext)
    }

    /// Render inverted section using template
    func renderInvertedSection(with template: MustacheTemplate, context: inout MustacheContext, into output: inout [UInt8]) {
        var iterator = makeIterator()
        if iterator.next() == nil {
            let outerSequenceContext = context.sequenceContext  // sitegen patch: in place, as above
            context.push(self, sequenceContext: nil)
            template.render(context: &context, into: &output)
            context.pop(restoring: outerSequenceContext)
        }
    }
}

extension Array: MustacheSequence {}
extension Set: MustacheSequence {}
extension ReversedCollection: MustacheSequence {}
