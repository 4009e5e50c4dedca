//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// Class holding a collection of mustache templates.
///
/// Each template can reference the others via a partial using the name the template is registered under
/// ```
/// {{#sequence}}{{>entry}}{{/sequence}}
/// ```
public struct MustacheLibrary: Sendable {
    /// Initialize empty library
    public init() {
        self.templates = [:]
    }

    /// Initialize library with collection of templates.
    ///
    /// Each template is mapped to a name which can then be used as the partial name.
    /// - Parameter templates: Dictionary of mustache templates with a String key
    public init(templates: [String: MustacheTemplate]) {
        self.templates = templates
    }

    /// Initialize library with contents of folder.
    ///
    /// Each template is registered with the name of the file minus its extension. The search through
    /// the folder is recursive and templates in subfolders will be registered with the name `subfolder/template`.
    /// - Parameter directory: Directory to look for mustache templates
    /// - Parameter extension: Extension of files to look for
    public init(directory: String, withExtension extension: String = "mustache") async throws {
        self.templates = try Self.loadTemplates(from: directory, withExtension: `extension`)
    }

    /// Register template under name
    /// - Parameters:
    ///   - template: Template
    ///   - name: Name of template
    public mutating func register(_ template: MustacheTemplate, named name: String) {
        self.templates[name] = template
    }

    /// Register template under name
    /// - Parameters:
    ///   - mustache: Mustache text
    ///   - name: Name of template
    public mutating func register(_ mustache: String, named name: String) throws {
        let template = try MustacheTemplate(string: mustache)
        self.templates[name] = template
    }

    /// Return template registed with name
    /// - Parameter name: name to search for
    /// - Returns: Template
    public func getTemplate(named name: String) -> MustacheTemplate? {
        self.templates[name]
    }

    /// Render object using templated with name
    /// - Parameters:
    ///   - object: Object to render
    ///   - name: Name of template
    /// - Returns: Rendered text
    public func render(_ object: Any, withTemplate name: String) -> String? {
        guard let template = templates[name] else { return nil }
        // sitegen patch: nil too when a partial nested deeper than `maximumPartialDepth` was stopped.
        let context = MustacheContext(object, library: self)
        let text = template.render(context: context)
        return context.limits.partialDepthExceeded ? nil : text
    }

    // sitegen patch: `render(_:withTemplate:)` as UTF-8 bytes, for a caller that writes them out.
    public func renderBytes(_ object: Any, withTemplate name: String) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        let context = MustacheContext(object, library: self)
        let bytes = template.renderBytes(context: context)
        return context.limits.partialDepthExceeded ? nil : bytes
    }

    // sitegen patch: partials nested deeper than this are not rendered (a partial that includes
    // itself without end would otherwise overflow the stack).
    public static let maximumPartialDepth = 100

    /// Render object using templated with name
    /// - Parameters:
    ///   - object: Object to render
    ///   - name: Name of template
    ///   - reload: Reload templates when rendering. This is only available in debug builds
    /// - Returns: Rendered text
    public func render(_ object: Any, withTemplate name: String, reload: Bool) -> String? {
        guard let template = templates[name] else { return nil }
        #if DEBUG
        return template.render(object, library: self, reload: reload)
        #else
        return template.render(object, library: self)
        #endif
    }

    /// Error returned by init() when parser fails
    public struct ParserError: Swift.Error {
        /// File error occurred in
        public let filename: String
        /// Context (line, linenumber and column number)
        public let context: MustacheParserContext
        /// Actual error that occurred
        public let error: Error
    }

    private var templates: [String: MustacheTemplate] {
        didSet { self.identity = TemplatesIdentity() }  // sitegen patch
    }

    // sitegen patch: the templates this library holds, as an object: a new one whenever a template
    // is registered, so two libraries with the same identity hold the same templates. What a record
    // keeps of the partials rendered over it (`RenderedPartials`) is kept for one identity.
    private(set) var identity = TemplatesIdentity()
}

// sitegen patch: see `MustacheLibrary.identity`.
final class TemplatesIdentity: Sendable {}
