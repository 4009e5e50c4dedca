/// Parses Mustache text into ``CompiledTemplate`` tokens.
///
/// The whitespace rules (standalone lines, partial indentation, parents and
/// blocks) follow swift-mustache 2.x's parser step by step, so the fast
/// renderer writes the same bytes as `MustacheLibrary` for the same data.
/// Constructs the fast renderer does not handle (set delimiters, pragmas,
/// transforms, dynamic partial names) make parsing fail with `unsupported`;
/// the theme then renders with swift-mustache instead.
enum TemplateParser {
    enum Failure: Error, Equatable {
        case unsupported(String)
        case malformed
    }

    static func parse(_ text: String) throws(Failure) -> CompiledTemplate {
        var scanner = Scanner(Array(text))
        return try parse(&scanner, state: State())
    }

    struct State {
        var sectionName: String?
        var newLine = true
        var partialDefinition = false
        var partialDefinitionTopLevel = false
        var partialDefinitionIndent: [Character]?

        func section(_ name: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.partialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func parent(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.newLine = true
            state.partialDefinition = true
            state.partialDefinitionTopLevel = true
            return state
        }
    }

    struct Scanner {
        let characters: [Character]
        var position = 0

        init(_ characters: [Character]) { self.characters = characters }

        var atEnd: Bool { position >= characters.count }
        var current: Character { atEnd ? "\0" : characters[position] }

        mutating func skip(while predicate: (Character) -> Bool) -> [Character] {
            let start = position
            while !atEnd, predicate(characters[position]) { position += 1 }
            return Array(characters[start..<position])
        }

        mutating func read(_ literal: String) -> Bool {
            let chars = Array(literal)
            guard position + chars.count <= characters.count,
                  Array(characters[position..<position + chars.count]) == chars else { return false }
            position += chars.count
            return true
        }
    }

    private static let nameChars = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameChars = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    static func parse(_ scanner: inout Scanner, state initial: State) throws(Failure) -> CompiledTemplate {
        var tokens: [TemplateToken] = []
        var state = initial
        var whiteSpaceBefore: [Character] = []
        func flushWhiteSpace() {
            if !whiteSpaceBefore.isEmpty {
                tokens.append(.text(String(whiteSpaceBefore)))
                whiteSpaceBefore = []
            }
        }
        while !scanner.atEnd {
            if state.newLine {
                let whiteSpace = scanner.skip { $0 == " " || $0 == "\t" }
                if state.partialDefinition, !state.partialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = Array(whiteSpace.dropFirst(indent.count))
                    } else {
                        state.partialDefinitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = readUntilTagOrNewline(&scanner)
            if !scanner.atEnd, scanner.current.isNewline {
                tokens.append(.text(String(whiteSpaceBefore) + text + String(scanner.current)))
                state.newLine = true
                scanner.position += 1
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(String(whiteSpaceBefore) + text))
                whiteSpaceBefore = []
                state.newLine = false
            }
            if scanner.atEnd { break }
            var setNewLine = false
            switch scanner.current {
            case "#", "^":
                let inverted = scanner.current == "^"
                scanner.position += 1
                let name = try parseName(&scanner)
                if isStandalone(&scanner, state) { setNewLine = true } else { flushWhiteSpace() }
                let body = try parse(&scanner, state: state.section(name, newLine: setNewLine))
                tokens.append(inverted ? .inverted(TemplateName(name), body) : .section(TemplateName(name), body))
            case "/":
                scanner.position += 1
                let name = try parseName(&scanner)
                guard name == state.sectionName else { throw .malformed }
                if !isStandalone(&scanner, state) { flushWhiteSpace() }
                return CompiledTemplate(tokens: tokens)
            case "!":
                scanner.position += 1
                while !scanner.atEnd, !scanner.read("}}") { scanner.position += 1 }
                setNewLine = isStandalone(&scanner, state)
            case "{", "&":
                let triple = scanner.current == "{"
                flushWhiteSpace()
                scanner.position += 1
                let name = try parseName(&scanner)
                if triple { guard scanner.read("}") else { throw .malformed } }
                tokens.append(.raw(TemplateName(name)))
            case ">":
                scanner.position += 1
                _ = scanner.skip { $0.isWhitespace }
                if scanner.current == "*" { throw .unsupported("dynamic partial names") }
                let name = try parsePartialName(&scanner)
                let indentation = String(whiteSpaceBefore)
                flushWhiteSpace()
                if isStandalone(&scanner, state) {
                    setNewLine = true
                    tokens.append(.partial(name, indentation: indentation, blocks: nil))
                } else {
                    tokens.append(.partial(name, indentation: nil, blocks: nil))
                }
            case "<":
                scanner.position += 1
                _ = scanner.skip { $0.isWhitespace }
                let name = try parsePartialName(&scanner)
                if name.hasPrefix("*") { throw .unsupported("dynamic partial names") }
                let indentation = String(whiteSpaceBefore)
                flushWhiteSpace()
                if isStandalone(&scanner, state) { setNewLine = true }
                let body = try parse(&scanner, state: state.parent(name))
                var blocks: [String: CompiledTemplate] = [:]
                for token in body.tokens {
                    switch token {
                    case .blockDefinition(let block, let template): blocks[block] = template
                    case .text: break
                    default: throw .malformed
                    }
                }
                tokens.append(.partial(name, indentation: indentation, blocks: blocks))
            case "$":
                scanner.position += 1
                let name = try parseName(&scanner)
                if state.partialDefinitionTopLevel {
                    if isStandalone(&scanner, state) { setNewLine = true }
                    let body = try parse(&scanner, state: state.section(name, newLine: setNewLine))
                    tokens.append(.blockDefinition(name, body))
                } else {
                    let indentation = String(whiteSpaceBefore)
                    flushWhiteSpace()
                    if isStandalone(&scanner, state) { setNewLine = true }
                    let body = try parse(&scanner, state: state.section(name, newLine: setNewLine))
                    tokens.append(.block(name, body, indentation: indentation))
                }
            case "=": throw .unsupported("set delimiters")
            case "%": throw .unsupported("pragmas")
            default:
                flushWhiteSpace()
                tokens.append(.variable(TemplateName(try parseName(&scanner))))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw .malformed }
        return CompiledTemplate(tokens: tokens)
    }

    /// Text up to the next `{{` (consumed) or newline (not consumed).
    static func readUntilTagOrNewline(_ scanner: inout Scanner) -> String {
        var text: [Character] = []
        while !scanner.atEnd {
            let character = scanner.current
            if character.isNewline { break }
            if character == "{", scanner.read("{{") { break }
            text.append(character)
            scanner.position += 1
        }
        return String(text)
    }

    static func parseName(_ scanner: inout Scanner) throws(Failure) -> String {
        _ = scanner.skip { $0.isWhitespace }
        let name = String(scanner.skip { nameChars.contains($0) })
        _ = scanner.skip { $0.isWhitespace }
        guard scanner.read("}}") else { throw .malformed }
        if name.contains("(") || name.contains(")") { throw .unsupported("transforms") }
        return name
    }

    static func parsePartialName(_ scanner: inout Scanner) throws(Failure) -> String {
        _ = scanner.skip { $0.isWhitespace }
        let name = String(scanner.skip { partialNameChars.contains($0) })
        _ = scanner.skip { $0.isWhitespace }
        guard scanner.read("}}") else { throw .malformed }
        return name
    }

    /// A tag alone on its line: the rest of the line (and its newline) is dropped.
    static func isStandalone(_ scanner: inout Scanner, _ state: State) -> Bool {
        guard state.newLine else { return false }
        if scanner.atEnd { return true }
        var probe = scanner
        _ = probe.skip { $0 == " " || $0 == "\t" }
        if !probe.atEnd, probe.current.isNewline {
            scanner.position = probe.position + 1
            return true
        }
        return false
    }
}
