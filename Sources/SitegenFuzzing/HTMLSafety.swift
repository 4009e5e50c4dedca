/// A small HTML tokenizer that finds executable markup in a page built with
/// raw HTML off: script elements other than the theme's own script file and
/// JSON data islands, event-handler attributes, script URLs, and elements
/// that embed or redirect (`iframe`, `object`, `base`, meta refresh…).
/// It follows the HTML tokenizer's rules for tags, quoted and unquoted
/// attributes, comments and raw-text elements — enough to see what a
/// browser would see as a tag.
public enum HTMLSafety {
    static let forbiddenElements: Set<String> = [
        "iframe", "frame", "frameset", "object", "embed", "applet", "base",
    ]
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster"]

    /// The first problem found, or nil when the page is safe.
    public static func problem(in html: String) -> String? {
        let text = Array(html.unicodeScalars)
        var index = 0
        func peek(_ offset: Int = 0) -> Unicode.Scalar? { index + offset < text.count ? text[index + offset] : nil }
        func starts(_ prefix: String, at position: Int) -> Bool {
            let scalars = Array(prefix.unicodeScalars)
            guard position + scalars.count <= text.count else { return false }
            return (0..<scalars.count).allSatisfy { lower(text[position + $0]) == scalars[$0] }
        }
        while index < text.count {
            guard text[index] == "<" else { index += 1; continue }
            if starts("<!--", at: index) {
                index += 4
                while index < text.count, !starts("-->", at: index) { index += 1 }
                index += 3
                continue
            }
            guard let first = peek(1), ("a"..."z").contains(lower(first)) else {
                index += 1
                continue
            }
            index += 1
            var name = ""
            while let scalar = peek(), !isSpace(scalar), scalar != "/", scalar != ">" {
                name.unicodeScalars.append(lower(scalar))
                index += 1
            }
            var attributes: [(String, String)] = []
            while let scalar = peek(), scalar != ">" {
                if isSpace(scalar) || scalar == "/" { index += 1; continue }
                var attribute = ""
                while let next = peek(), !isSpace(next), next != "/", next != ">", next != "=" || attribute.isEmpty {
                    attribute.unicodeScalars.append(lower(next))
                    index += 1
                }
                while let next = peek(), isSpace(next) { index += 1 }
                var value = ""
                if peek() == "=" {
                    index += 1
                    while let next = peek(), isSpace(next) { index += 1 }
                    if let quote = peek(), quote == "\"" || quote == "'" {
                        index += 1
                        while let next = peek(), next != quote { value.unicodeScalars.append(next); index += 1 }
                        index += 1
                    } else {
                        while let next = peek(), !isSpace(next), next != ">" { value.unicodeScalars.append(next); index += 1 }
                    }
                }
                attributes.append((attribute, value))
            }
            index += 1
            if let problem = check(element: name, attributes: attributes) { return problem }
            if name == "script" || name == "style" || name == "textarea" || name == "title" {
                let start = index
                while index < text.count, !starts("</" + name, at: index) { index += 1 }
                if name == "script" {
                    var body = ""
                    body.unicodeScalars.append(contentsOf: text[start..<min(index, text.count)])
                    if body.lowercased().contains("<!--") { return "a script element holds '<!--'" }
                }
            }
        }
        return nil
    }

    static func check(element: String, attributes: [(String, String)]) -> String? {
        if forbiddenElements.contains(element) { return "<\(element)> element" }
        let values = Dictionary(attributes, uniquingKeysWith: { first, _ in first })
        if element == "script" {
            let type = values["type"]?.lowercased()
            if type == "application/json" || type == "application/ld+json" {
                if values["src"] != nil { return "a JSON script with src" }
            } else if let src = values["src"].map(withoutVersion), src.hasSuffix(".js"), src.contains("assets/"), !hasScheme(src),
                      !src.hasPrefix("//") {
                // the theme's own script file (`assets/sitegen.js?v=1a2b3c4d`)
            } else {
                return "<script> element \(attributes)"
            }
        }
        if element == "meta", let equiv = values["http-equiv"]?.lowercased(), equiv != "content-security-policy" {
            return "<meta http-equiv=\(equiv)>"
        }
        for (name, value) in attributes {
            if name.hasPrefix("on") { return "event handler attribute \(name) on <\(element)>" }
            if name == "style", value.lowercased().contains("url(") || value.lowercased().contains("expression") {
                return "style attribute with url() or expression()"
            }
            if urlAttributes.contains(name), let scheme = dangerousScheme(value) {
                return "\(scheme) URL in \(name) of <\(element)>"
            }
        }
        return nil
    }

    /// A URL without the asset version the theme links with (`?v=` and eight hex digits).
    static func withoutVersion(_ url: String) -> String {
        guard let query = url.range(of: "?v=", options: .backwards),
              url[query.upperBound...].count == 8, url[query.upperBound...].allSatisfy(\.isHexDigit) else { return url }
        return String(url[..<query.lowerBound])
    }

    /// Whether a URL starts with a scheme: a `:` before any `/`, `?` or `#`
    /// (`/a:b/x.js` is a path on this site, `x:y` is not).
    static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        return !url[..<colon].contains { $0 == "/" || $0 == "?" || $0 == "#" }
    }

    /// The scheme of a URL a browser would run or render as a document.
    static func dangerousScheme(_ raw: String) -> String? {
        let decoded = decodeReferences(raw)
        let value = String(decoded.unicodeScalars.filter { $0.value > 0x20 && $0 != "\u{7F}" }.map(Character.init)).lowercased()
        for scheme in ["javascript:", "vbscript:", "livescript:"] where value.hasPrefix(scheme) { return scheme }
        if value.hasPrefix("data:"), value != "data:,", !value.hasPrefix("data:image/png"), !value.hasPrefix("data:image/gif"),
           !value.hasPrefix("data:image/jpeg"), !value.hasPrefix("data:image/webp") {
            return "data:"
        }
        return nil
    }

    /// Character references as a browser decodes them in an attribute value
    /// (numeric ones, with or without `;`, and the named ones that matter for schemes).
    static func decodeReferences(_ text: String) -> String {
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":",
                                       "tab": "\t", "newline": "\n"]
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "&" else { out.append(scalars[index]); index += 1; continue }
            var end = index + 1
            if end < scalars.count, scalars[end] == "#" {
                end += 1
                let hex = end < scalars.count && (scalars[end] == "x" || scalars[end] == "X")
                if hex { end += 1 }
                let digitsStart = end
                while end < scalars.count, hex ? scalars[end].properties.isASCIIHexDigit : ("0"..."9").contains(scalars[end]) {
                    end += 1
                }
                let digits = String(String.UnicodeScalarView(scalars[digitsStart..<end]))
                if let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value) {
                    out.append(scalar)
                    index = end < scalars.count && scalars[end] == ";" ? end + 1 : end
                    continue
                }
            } else {
                while end < scalars.count, ("a"..."z").contains(lower(scalars[end])) { end += 1 }
                let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end])).lowercased()
                if let replacement = named[name], end < scalars.count, scalars[end] == ";" {
                    out.append(contentsOf: replacement.unicodeScalars)
                    index = end + 1
                    continue
                }
            }
            out.append(scalars[index])
            index += 1
        }
        return String(out)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }
}

