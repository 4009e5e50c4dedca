/// A dotted variable name split once at parse time (`page.title` → `page`, `title`).
struct TemplateName: Sendable, Hashable {
    let parts: [String]
    /// `.`: the current object.
    let isCurrent: Bool
    /// `.name`: looked up on the current object only, not up the stack.
    let isLocal: Bool

    init(_ name: String) {
        isCurrent = name == "."
        isLocal = !isCurrent && name.hasPrefix(".")
        parts = name.split(separator: ".").map(String.init)
    }
}

/// One piece of a parsed template.
indirect enum TemplateToken: Sendable {
    case text(String)
    /// `{{name}}`: HTML-escaped.
    case variable(TemplateName)
    /// `{{{name}}}` or `{{&name}}`.
    case raw(TemplateName)
    case section(TemplateName, CompiledTemplate)
    case inverted(TemplateName, CompiledTemplate)
    /// `{{>name}}` (blocks nil) or `{{<name}}…{{/name}}` (blocks set).
    case partial(String, indentation: String?, blocks: [String: CompiledTemplate]?)
    /// `{{$name}}…{{/name}}` inside a template: a block a parent may override.
    case block(String, CompiledTemplate, indentation: String)
    /// `{{$name}}…{{/name}}` inside `{{<parent}}`: an override.
    case blockDefinition(String, CompiledTemplate)
}

/// A parsed template: what the fast renderer walks.
struct CompiledTemplate: Sendable {
    var tokens: [TemplateToken]
}
