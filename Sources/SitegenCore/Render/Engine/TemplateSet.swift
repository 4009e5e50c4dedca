import Mustache

/// The theme's templates compiled for the fast renderer: the same output as
/// swift-mustache's `MustacheLibrary` for sitegen's template values (nested
/// `[String: Any]` dictionaries, arrays, strings, numbers and booleans),
/// without a dynamic cast per name lookup, and written into one growing
/// string instead of one string per tag.
public struct TemplateSet: Sendable {
    let templates: [String: CompiledTemplate]

    /// Compiles every template; nil when one uses something the fast
    /// renderer does not handle (the caller then keeps swift-mustache).
    public init?(sources: [String: String]) {
        var templates: [String: CompiledTemplate] = [:]
        for (name, text) in sources {
            guard let template = try? TemplateParser.parse(text) else { return nil }
            templates[name] = template
        }
        self.templates = templates
    }

    public func render(_ values: Any, withTemplate name: String) -> String? {
        guard let template = templates[name] else { return nil }
        var output = ""
        output.reserveCapacity(16_384)
        var state = RenderState(stack: [values], indentation: nil, inherited: nil)
        render(template, state: &state, into: &output)
        return output
    }

    struct RenderState {
        var stack: [Any]
        var indentation: String?
        var inherited: [String: CompiledTemplate]?
    }

    func render(_ template: CompiledTemplate, state: inout RenderState, into output: inout String) {
        guard let indentation = state.indentation, !indentation.isEmpty else {
            for token in template.tokens { render(token, state: &state, into: &output) }
            return
        }
        // Inside an indented partial: indent every token that starts a line.
        var local = ""
        for token in template.tokens {
            var piece = ""
            render(token, state: &state, into: &piece)
            if !piece.isEmpty, local.last == "\n" { local += indentation }
            local += piece
        }
        output += local
    }

    func render(_ token: TemplateToken, state: inout RenderState, into output: inout String) {
        switch token {
        case .text(let text):
            output += text
        case .variable(let name):
            if let value = TemplateValues.lookup(name, in: state.stack) { TemplateValues.appendEscaped(value, to: &output) }
        case .raw(let name):
            if let value = TemplateValues.lookup(name, in: state.stack) { output += TemplateValues.text(of: value) }
        case .section(let name, let body):
            guard let value = TemplateValues.lookup(name, in: state.stack) else { return }
            if Swift.type(of: value) == Bool.self || Swift.type(of: value) != [String: Any].self && value is Bool {
                if value as! Bool { render(body, state: &state, into: &output) }
            } else if let items = TemplateValues.items(of: value) {
                for item in items { renderPushed(item, body, state: &state, into: &output) }
            } else {
                renderPushed(value, body, state: &state, into: &output)
            }
        case .inverted(let name, let body):
            let value = TemplateValues.lookup(name, in: state.stack)
            if let value, let flag = value as? Bool {
                if !flag { render(body, state: &state, into: &output) }
            } else if let value, let items = TemplateValues.items(of: value) {
                if items.isEmpty { renderPushed(value, body, state: &state, into: &output) }
            } else if value == nil {
                render(body, state: &state, into: &output)
            }
        case .partial(let name, let indented, let blocks):
            guard let template = templates[name] else { return }
            var inner = RenderState(stack: state.stack, indentation: state.indentation, inherited: state.inherited)
            if let indented { inner.indentation = (state.indentation ?? "") + indented }
            if let blocks {
                inner.inherited = state.inherited.map { $0.merging(blocks) { outer, _ in outer } } ?? blocks
            }
            render(template, state: &inner, into: &output)
        case .block(let name, let body, let indented):
            var inner = state
            inner.indentation = (state.indentation ?? "") + indented
            render(state.inherited?[name] ?? body, state: &inner, into: &output)
        case .blockDefinition:
            break
        }
    }

    private func renderPushed(_ value: Any, _ body: CompiledTemplate, state: inout RenderState, into output: inout String) {
        state.stack.append(value)
        render(body, state: &state, into: &output)
        state.stack.removeLast()
    }
}

/// Name lookup and text conversion for template values, the way
/// swift-mustache does them for the same values.
enum TemplateValues {
    static func lookup(_ name: TemplateName, in stack: [Any]) -> Any? {
        guard let top = stack.last else { return nil }
        if name.isCurrent || name.parts.isEmpty { return top }
        if name.isLocal { return descend(name.parts[...], from: top) }
        let first = name.parts[0]
        for object in stack.reversed() {
            if let child = child(first, of: object) { return descend(name.parts.dropFirst(), from: child) }
        }
        return nil
    }

    static func descend(_ names: ArraySlice<String>, from object: Any) -> Any? {
        var current = object
        for name in names {
            guard let next = child(name, of: current) else { return nil }
            current = next
        }
        return current
    }

    static func child(_ name: String, of object: Any) -> Any? {
        // Exact type checks first: `as?` between dictionary types converts
        // every element, which would copy the interface strings per lookup.
        let type = Swift.type(of: object)
        if type == [String: Any].self { return (object as! [String: Any])[name] }
        if type == [String: String].self { return (object as! [String: String])[name] }
        if type == String.self || type == Bool.self || type == Int.self || type == Double.self { return nil }
        if type == [[String: Any]].self || type == [String].self { return nil }
        if let dictionary = object as? [String: Any] { return dictionary[name] }
        if let parent = object as? MustacheParent { return parent.child(named: name) }
        guard let match = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return nil }
        let optional = Mirror(reflecting: match.value)
        guard optional.displayStyle == .optional else { return match.value }
        return optional.children.first?.value
    }

    /// The elements when the value is a list (what swift-mustache iterates).
    static func items(of value: Any) -> [Any]? {
        let type = Swift.type(of: value)
        if type == [[String: Any]].self { return (value as! [[String: Any]]) }
        if type == [String].self { return (value as! [String]) }
        if type == String.self || type == [String: Any].self || type == [String: String].self || type == Int.self {
            return nil
        }
        if let list = value as? [Any] { return list }
        if let sequence = value as? any MustacheSequence { return elements(sequence) }
        return nil
    }

    private static func elements<S: Sequence>(_ sequence: S) -> [Any] { sequence.map { $0 as Any } }

    static func text(of value: Any) -> String {
        if Swift.type(of: value) == String.self { return value as! String }
        if let string = value as? String { return string }
        return String(describing: value)
    }

    /// Appends the value's text with `< > & " '` escaped (by Character, as swift-mustache does).
    static func appendEscaped(_ value: Any, to output: inout String) {
        let text = text(of: value)
        let needsEscape = text.utf8.contains { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }
        guard needsEscape else {
            output += text
            return
        }
        for character in text {
            switch character {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
    }
}
