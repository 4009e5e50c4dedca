//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Foundation

extension MustacheTemplate {
    /// Render template using object
    /// - Parameters:
    ///   - stack: Object
    ///   - context: Context that render is occurring in. Contains information about position in sequence
    ///   - indentation: indentation of partial
    /// - Returns: Rendered text
    func render(context: MustacheContext) -> String {
        // sitegen patch: renders into one byte buffer, with the context changed in place (see below).
        String(decoding: self.renderBytes(context: context), as: UTF8.self)
    }

    // sitegen patch: the rendered text as UTF-8 bytes (appending bytes costs about half as much as
    // appending to a String, which checks capacity, uniqueness and ASCII-ness at every append).
    func renderBytes(context: MustacheContext) -> [UInt8] {
        var bytes: [UInt8] = []
        var context = context
        self.render(context: &context, into: &bytes)
        return bytes
    }

    // sitegen patch: every token renders into the caller's string instead of returning its own,
    // and sections and partials push onto the context in place and undo it afterwards instead of
    // copying the context (and its stack) for every item. The output is the same.
    func render(context: inout MustacheContext, into output: inout [UInt8]) {
        let contentType = context.contentType
        var contentTypeChanged = false
        if let indentation = context.indentation, indentation != "" {
            var string: [UInt8] = []
            for token in tokens {
                var renderedString: [UInt8] = []
                contentTypeChanged = self.renderToken(token, context: &context, into: &renderedString) || contentTypeChanged
                // if rendered string is not empty and we are on a new line
                // (the last Character being "\n": a "\r\n" is one Character of its own)
                if renderedString.count > 0, string.last == UInt8(ascii: "\n"),
                    string.count < 2 || string[string.count - 2] != UInt8(ascii: "\r")
                {
                    string.appendUTF8(indentation)
                }
                string += renderedString
            }
            output += string
        } else {
            for token in tokens {
                contentTypeChanged = self.renderToken(token, context: &context, into: &output) || contentTypeChanged
            }
        }
        // a content type pragma applies to the rest of this template only
        if contentTypeChanged { context.contentType = contentType }
    }

    /// Renders one token into `output`; returns whether it changed the context's content type.
    func renderToken(_ token: Token, context: inout MustacheContext, into output: inout [UInt8]) -> Bool {
        switch token {
        case .text(let text):
            output.appendUTF8(text)

        case .variable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                // sitegen patch: a String renders as itself (what the casts below end in), an Int
                // as String(describing:) of it; both told by their type, without runtime casts.
                let known = KnownValue(child)
                if case .string(let string) = known {
                    output.appendUTF8(context.contentType.escapeText(string))
                } else if case .int(let int) = known {
                    output.appendUTF8(context.contentType.escapeText(String(int)))
                } else if let template = child as? MustacheTemplate {
                    let saved = context.saved
                    template.render(context: &context, into: &output)
                    context.leave(saved)
                } else if let renderable = child as? MustacheCustomRenderable {
                    output.appendUTF8(context.contentType.escapeText(renderable.renderText))
                } else if let lambda = child as? MustacheLambda {
                    output.appendUTF8(self.renderLambda(lambda, parameter: "", context: context))
                } else {
                    output.appendUTF8(context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(child))))
                }
            }

        case .unescapedVariable(let variable, let transforms):
            // sitegen patch: `MustacheBytes` are copied as they are (what the string they represent
            // renders as); any other value found is rendered as below without looking it up again.
            let child: Any?
            switch transforms.isEmpty ? Self.plainLookup(variable, in: context.stack, keepingBytes: true) : .general {
            case .found(let value):
                if let bytes = MustacheBytes.bytes(of: value) {
                    output.append(contentsOf: bytes)
                    return false
                }
                child = value
            case .missing: child = nil
            case .general: child = getChild(named: variable, transforms: transforms, context: context)
            }
            if let child {
                let known = KnownValue(child)  // sitegen patch, as above
                if case .string(let string) = known {
                    output.appendUTF8(string)
                } else if case .int(let int) = known {
                    output.appendUTF8(String(int))
                } else if let renderable = child as? MustacheCustomRenderable {
                    output.appendUTF8(renderable.renderText)
                } else if let lambda = child as? MustacheLambda {
                    output.appendUTF8(self.renderUnescapedLambda(lambda, parameter: "", context: context))
                } else {
                    output.appendUTF8(String(describing: unwrapIfAnyContainsOptional(child)))
                }
            }

        case .section(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            // sitegen patch: only a value of none of the known types can be a lambda (no cast for the rest).
            if let child, case .other = KnownValue(child), let lambda = child as? MustacheLambda {
                output.appendUTF8(self.renderUnescapedLambda(lambda, parameter: template.text, context: context))
            } else {
                self.renderSection(child, with: template, context: &context, into: &output)
            }

        case .invertedSection(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            self.renderInvertedSection(child, with: template, context: &context, into: &output)

        case .blockExpansion(let name, let defaultTemplate, let indented):
            context.limits.metBlock = true  // sitegen patch
            if let override = context.inherited?[name] {
                output += override.renderBytes(context: context.withBlockExpansion(indented: indented))
            } else {
                output += defaultTemplate.renderBytes(context: context.withBlockExpansion(indented: indented))
            }

        case .partial(let name, let indentation, let overrides):
            // sitegen patch: a partial nested too deep renders nothing, and the render says so.
            guard context.partialDepth < MustacheLibrary.maximumPartialDepth else {
                context.limits.partialDepthExceeded = true
                return false
            }
            if var template = context.library?.getTemplate(named: name) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                            output.appendUTF8("Cannot find template at \(filename)")
                            return false
                        }
                        template = partialTemplate
                    } catch {
                        output.appendUTF8("\(error)")
                        return false
                    }
                }
                #endif
                // sitegen patch: over a record that keeps its rendered partials, the text from before.
                if overrides == nil, !context.reloadPartials,
                    (context.indentation ?? "").isEmpty, (indentation ?? "").isEmpty,
                    let (record, kept) = MustacheRecord.keepingRenderedPartials(context.stack[context.stack.count - 1]),
                    let library = context.library
                {
                    self.renderKeptPartial(
                        template, named: name, indented: indentation, over: record, keeping: kept, library: library,
                        context: &context, into: &output
                    )
                    return false
                }
                self.renderPartial(template, indented: indentation, inheriting: overrides, context: &context, into: &output)
            }

        case .dynamicNamePartial(let name, let indentation, let overrides):
            // sitegen patch: a partial nested too deep renders nothing, and the render says so.
            guard context.partialDepth < MustacheLibrary.maximumPartialDepth else {
                context.limits.partialDepthExceeded = true
                return false
            }
            let child = self.getChild(named: name, transforms: [], context: context)
            guard let childName = child as? String else {
                return false
            }
            if var template = context.library?.getTemplate(named: childName) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                            output.appendUTF8("Cannot find template at \(filename)")
                            return false
                        }
                        template = partialTemplate
                    } catch {
                        output.appendUTF8("\(error)")
                        return false
                    }
                }
                #endif
                self.renderPartial(template, indented: indentation, inheriting: overrides, context: &context, into: &output)
            }

        case .contentType(let contentType):
            context = context.withContentType(contentType)
            return true

        case .blockDefinition:
            fatalError("Should not be rendering block definitions")
        }
        return false
    }

    // sitegen patch: a partial renders with the context changed in place (was `withPartial`).
    func renderPartial(
        _ template: MustacheTemplate,
        indented: String?,
        inheriting: [String: MustacheTemplate]?,
        context: inout MustacheContext,
        into output: inout [UInt8]
    ) {
        let saved = context.saved
        context.enterPartial(indented: indented, inheriting: inheriting)
        template.render(context: &context, into: &output)
        context.leave(saved)
    }

    /// Render a section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext) -> String {
        // sitegen patch: a copy of the context for the lambdas below; sections render in place.
        var bytes: [UInt8] = []
        var context = context
        self.renderSection(child, with: template, context: &context, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func renderSection(_ child: Any?, with template: MustacheTemplate, context: inout MustacheContext, into output: inout [UInt8]) {
        // sitegen patch: a boolean or a list of [String: Any] is told by its type (no casts).
        if let child {
            switch KnownValue(child) {
            case .bool(let bool):
                if bool { template.render(context: &context, into: &output) }
                return
            case .dictionaries(let list):
                list.renderSection(with: template, context: &context, into: &output)
                return
            case .records(let list):
                list.renderSection(with: template, context: &context, into: &output)
                return
            case .dictionary, .record:  // no sequence: pushed, as `.some` below
                let sequenceContext = context.sequenceContext
                context.push(child, sequenceContext: nil)
                template.render(context: &context, into: &output)
                context.pop(restoring: sequenceContext)
                return
            case .string, .int, .other:
                break
            }
        }
        switch child {
        case let array as any MustacheSequence:
            array.renderSection(with: template, context: &context, into: &output)
        case let bool as Bool:
            if bool { template.render(context: &context, into: &output) }
        case let null as MustacheCustomRenderable where null.isNull == true:
            break
        case .some(let value):
            let sequenceContext = context.sequenceContext
            context.push(value, sequenceContext: nil)
            template.render(context: &context, into: &output)
            context.pop(restoring: sequenceContext)
        case .none:
            break
        }
    }

    /// Render an inverted section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderInvertedSection(_ child: Any?, with template: MustacheTemplate, context: inout MustacheContext, into output: inout [UInt8]) {
        if let child {  // sitegen patch, as above
            switch KnownValue(child) {
            case .bool(let bool):
                if !bool { template.render(context: &context, into: &output) }
                return
            case .dictionaries(let list):
                list.renderInvertedSection(with: template, context: &context, into: &output)
                return
            case .records(let list):
                list.renderInvertedSection(with: template, context: &context, into: &output)
                return
            case .dictionary, .record:  // a value: nothing, as `.some` below
                return
            case .string, .int, .other:
                break
            }
        }
        switch child {
        case let array as any MustacheSequence:
            array.renderInvertedSection(with: template, context: &context, into: &output)
        case let bool as Bool:
            if !bool { template.render(context: &context, into: &output) }
        case let null as MustacheCustomRenderable where null.isNull == true:
            template.render(context: &context, into: &output)
        case .some:
            break
        case .none:
            template.render(context: &context, into: &output)
        }
    }

    func renderLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            // sitegen patch: as in `renderUnescapedLambda`, escaped.
            if let bytes = MustacheBytes.bytes(of: result) { return context.contentType.escapeText(String(decoding: bytes, as: UTF8.self)) }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: context.contentType.escapeText(string))
                    return self.renderSection(context.stack.last, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(result)))
            }
        }
    }

    func renderUnescapedLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            // sitegen patch: `MustacheBytes` render as their string (their `description`, as below), told
            // by their type instead of by three failed casts and `String(describing:)`.
            if let bytes = MustacheBytes.bytes(of: result) { return String(decoding: bytes, as: UTF8.self) }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: string)
                    return self.renderSection(context.stack.last, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return String(describing: unwrapIfAnyContainsOptional(result))
            }
        }
    }

    /// Get child object from variable name
    func getChild(named name: String, transforms: [String], context: MustacheContext) -> Any? {
        // sitegen patch: the common case, a name without transforms in dictionaries, in one pass down
        // the stack that copies no `Any?` (each copy of one goes through the runtime's generic enum
        // witnesses); anything else it cannot answer for certain takes the general path below.
        if transforms.isEmpty {
            switch Self.plainLookup(name, in: context.stack) {
            case .found(let value): return value
            case .missing: return nil
            case .general: break
            }
        }
        func _getImmediateChild(named name: String, from object: Any) -> Any? {
            // sitegen patch: a [String: Any] answers directly, without the two
            // protocol casts below (only this exact type: a cast from another
            // dictionary type would copy it).
            // Told by opening the value as its own type: `as?` goes through the runtime's general cast.
            // Strings, integers and booleans have no children (their mirrors have none), so a name
            // looked up inside a section on one of them goes on down the stack at once.
            func immediateChild<T>(_ value: T) -> Any?? {
                if T.self == [String: Any].self { return .some(unsafeBitCast(value, to: [String: Any].self)[name]) }
                if T.self == MustacheRecord.self { return .some(unsafeBitCast(value, to: MustacheRecord.self)[name]) }
                if T.self == String.self || T.self == Int.self || T.self == Bool.self { return .some(nil) }
                return nil
            }
            if let answer = _openExistential(object, do: immediateChild) { return answer }
            let child = {
                let object: Any? =
                    if let custom = object as? MustacheCustomRepresentation {
                        custom.representation
                    } else {
                        object
                    }
                if let customBox = object as? MustacheParent {
                    return customBox.child(named: name)
                } else if let object {
                    let mirror = Mirror(reflecting: object)
                    return mirror.getValue(forKey: name)
                } else {
                    return nil
                }
            }()
            return child
        }

        func _getChild(named names: ArraySlice<String>, from object: Any) -> Any? {
            guard let name = names.first else { return object }
            var object = object
            if let lambda = object as? MustacheLambda {
                guard let result = lambda("") else { return nil }
                object = result
            }
            guard let childObject = _getImmediateChild(named: name, from: object) else { return nil }
            let names2 = names.dropFirst()
            return _getChild(named: names2, from: childObject)
        }

        // work out which object to access. "." means the current object, if the variable name is ""
        // and we have a transform to run on the variable then we need the context object, otherwise
        // the name is split by "." and we use mirror to get the correct child object. If we cannot find
        // the root object we look up the context stack until we can find one with a matching name. The
        // stack climbing can be disabled by prefixing the variable name with a "."
        var child: Any?
        if name == "." {
            child = context.stack.last!
        } else if name == "", !transforms.isEmpty {
            child = context.sequenceContext
        } else if name.first == "." {
            let nameSplit = name.split(separator: ".").map { String($0) }
            child = _getChild(named: nameSplit[...], from: context.stack.last!)
        } else if !(name.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: ".")) }
            ?? name.utf8.contains(UInt8(ascii: ".")))
        {  // sitegen patch (the contiguous bytes: `contains` on the UTF-8 view is a slow generic walk)
            // sitegen patch: a name without dots needs no split (nor an array
            // to hold it): the first context on the stack that has it answers.
            // (By index: iterating copies each context, a retain and a release per level.)
            child = nil
            var level = context.stack.count - 1
            while level >= 0 {
                if let found = _getImmediateChild(named: name, from: context.stack[level]) {
                    child = found
                    break
                }
                level -= 1
            }
        } else {
            // sitegen patch: a dotted name is walked one part at a time instead of being split
            // into two arrays first (same parts: empty ones are skipped, as `split` does; this
            // replaces `_getChildInStack`).
            var rest = Substring(name)
            func nextPart() -> String? {
                while rest.utf8.first == UInt8(ascii: ".") { rest = rest.dropFirst() }
                guard !rest.isEmpty else { return nil }
                let end = rest.utf8.firstIndex(of: UInt8(ascii: ".")) ?? rest.endIndex
                defer { rest = rest[end...] }
                return String(rest[..<end])
            }
            func walk(from object: Any) -> Any? {
                var object = object
                while let part = nextPart() {
                    if let lambda = object as? MustacheLambda {
                        guard let result = lambda("") else { return nil }
                        object = result
                    }
                    guard let childObject = _getImmediateChild(named: part, from: object) else { return nil }
                    object = childObject
                }
                return object
            }
            child = nil
            if let first = nextPart() {
                var level = context.stack.count - 1
                while level >= 0 {
                    if let found = _getImmediateChild(named: first, from: context.stack[level]) {
                        child = walk(from: found)
                        break
                    }
                    level -= 1
                }
            }
        }

        // sitegen patch: strings, booleans, integers, [String: Any] and [[String: Any]] have no
        // custom representation; skip the protocol cast for them (told by their type, not by casts).
        if let found = child, Self.hasNoCustomRepresentation(type(of: found)) {
        } else if let custom = child as? MustacheCustomRepresentation {
            child = custom.representation
        }

        // skip transforms if child is already nil
        guard var child else {
            return nil
        }

        // if we want to run a transform and the current child can have transforms applied to it then
        // run transform on the current child
        for transform in transforms.reversed() {
            if let runnable = child as? MustacheTransformable,
                let transformed = runnable.transform(transform)
            {
                child = transformed
                continue
            }

            // return nil if transform is unsuccessful or has returned nil
            return nil
        }
        return child
    }

    // sitegen patch: what `plainLookup` found.
    enum PlainLookup {
        case found(Any)
        case missing
        case general
    }

    // sitegen patch: `getChild` for a name without transforms that does not start with a dot, when
    // every context it meets is a `[String: Any]`, a string, an integer or a boolean and the value
    // found has no custom representation. The first part of a dotted name is looked up the stack
    // (the first dictionary holding it answers; strings, integers and booleans have no children),
    // the other parts in what the previous part found, as in `getChild`. `.general` when the
    // general path must decide.
    /// With `keepingBytes`, a `MustacheBytes` value is found as itself (for the caller to copy)
    /// instead of handed to the general path for its custom representation.
    static func plainLookup(_ name: String, in stack: [Any], keepingBytes: Bool = false) -> PlainLookup {
        guard let answer = name.utf8.withContiguousStorageIfAvailable({ plainLookup(name, $0, in: stack, keepingBytes) })
        else {
            return .general
        }
        return answer
    }

    private static func plainLookup(
        _ name: String, _ bytes: UnsafeBufferPointer<UInt8>, in stack: [Any], _ keepingBytes: Bool
    ) -> PlainLookup {
        func answer(_ value: Any) -> PlainLookup {
            let type = type(of: value)
            return hasNoCustomRepresentation(type) || (keepingBytes && type == MustacheBytes.self) ? .found(value) : .general
        }
        let dot = UInt8(ascii: ".")
        guard let first = bytes.first, first != dot else { return .general }
        var end = bytes.firstIndex(of: dot) ?? bytes.endIndex
        let part = end == bytes.endIndex ? name : String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
        // (The stack read in place and each answer switched on as it comes: copies of `Any` values
        // and of answers were a third of a lookup's work.)
        var object: Any
        find: do {
            var level = stack.count - 1
            while level >= 0 {
                switch stack.withUnsafeBufferPointer({ child(named: part, of: $0[level]) }) {
                case .missing: level -= 1
                case .general: return .general
                case .found(let value):
                    if end == bytes.endIndex { return answer(value) }
                    object = value
                    break find
                }
            }
            return .missing
        }
        while end < bytes.endIndex {
            let start = end + 1
            end = bytes[start...].firstIndex(of: dot) ?? bytes.endIndex
            if start == end { continue }  // empty parts are skipped, as `split` does
            switch child(named: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), of: object) {
            case .found(let value): object = value
            case .missing: return .missing
            case .general: return .general
            }
        }
        return answer(object)
    }

    /// `object`'s child `name` when `object` is a `[String: Any]` (`.missing` when it has none), a
    /// string, an integer or a boolean (no children); `.general` for any other type.
    private static func child(named name: String, of object: Any) -> PlainLookup {
        func lookUp<T>(_ object: T) -> PlainLookup {
            if T.self == MustacheRecord.self {
                let record = unsafeBitCast(object, to: MustacheRecord.self)
                guard let index = record.index(of: name) else { return .missing }
                return .found(record.value(at: index))
            }
            if T.self == [String: Any].self {
                guard let value = unsafeBitCast(object, to: [String: Any].self)[name] else { return .missing }
                return .found(value)
            }
            if T.self == String.self || T.self == Int.self || T.self == Bool.self { return .missing }
            return .general
        }
        return _openExistential(object, do: lookUp)
    }

    // sitegen patch: types that conform to none of the library's protocols (what the fast paths skip).
    static func hasNoCustomRepresentation(_ type: Any.Type) -> Bool {
        type == String.self || type == Bool.self || type == Int.self || type == [String: Any].self
            || type == [[String: Any]].self || type == MustacheRecord.self || type == [MustacheRecord].self
    }

    private func unwrapIfAnyContainsOptional(_ value: Any) -> Any {
        guard let opt = value as? AnyOptional else { return value }
        return opt.anyWrapped ?? value  // nil? keep the original Optional.none
    }
}

// sitegen patch: the value types the fast paths handle, told by opening the value as its own
// type (`as?` goes through the runtime's general cast, a large share of rendering's time).
enum KnownValue {
    case string(String)
    case int(Int)
    case bool(Bool)
    case dictionaries([[String: Any]])
    case dictionary  // a [String: Any]
    case record  // a MustacheRecord
    case records([MustacheRecord])
    case other

    init(_ value: Any) {
        func known<T>(_ value: T) -> KnownValue {
            if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
            if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
            if T.self == Int.self { return .int(unsafeBitCast(value, to: Int.self)) }
            if T.self == [[String: Any]].self { return .dictionaries(unsafeBitCast(value, to: [[String: Any]].self)) }
            if T.self == MustacheRecord.self { return .record }
            if T.self == [MustacheRecord].self { return .records(unsafeBitCast(value, to: [MustacheRecord].self)) }
            if T.self == [String: Any].self { return .dictionary }
            return .other
        }
        self = _openExistential(value, do: known)
    }
}
