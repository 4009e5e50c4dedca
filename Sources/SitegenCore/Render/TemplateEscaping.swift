import Mustache

/// How templates escape `{{value}}`: with ``HTML/escape(_:)``, registered
/// with swift-mustache as a content type that every template selects on a
/// first line of its own (``pragma``), added when the theme is loaded.
///
/// swift-mustache's built-in HTML escaping compares whole characters, so a
/// quote or `<` followed by a combining mark (`"\u{301}`) is one character
/// and passes through unescaped, which ends an attribute early. Escaping by
/// UTF-8 byte has no such gap, and leaves text without special characters
/// uncopied.
struct TemplateEscaping: MustacheContentType {
    static let name = "SITEGEN_HTML"
    /// Prepended to every template: a standalone tag, so it renders nothing
    /// and moves the template's lines down by one (``lineOffset``).
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"
    static let lineOffset = 1

    /// Registers the content type once per process, before any template is parsed.
    static let register: Void = {
        MustacheContentTypes.register(TemplateEscaping(), named: name)
    }()

    func escapeText(_ text: String) -> String { HTML.escape(text) }
}
