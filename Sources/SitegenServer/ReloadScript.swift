/// `/__sitegen/reload.js`: served only by `sitegen serve` and added to every
/// HTML page it serves (never written to the output). A file, not an inline
/// script, so the layout's `script-src 'self'` policy allows it. It reloads
/// the page after a successful build and shows the diagnostics of a failed
/// one in an overlay, built with DOM calls and CSSOM styles (no inline
/// styles or HTML strings, which the policy and escaping would forbid).
enum ReloadScript {
    static let path = "/__sitegen/reload.js"
    static let eventsPath = "/__sitegen/events"
    static let tag = "<script src=\"\(path)\" defer></script>"

    static let source = """
    // sitegen serve: live reload and build-error overlay.
    (function () {
      "use strict";
      var version = null;
      var overlayID = "sitegen-error-overlay";

      function hide() {
        var old = document.getElementById(overlayID);
        if (old) old.remove();
      }

      function style(element, rules) {
        Object.keys(rules).forEach(function (key) { element.style[key] = rules[key]; });
        return element;
      }

      function show(errors) {
        hide();
        if (!errors || errors.length === 0) return;
        var box = style(document.createElement("div"), {
          position: "fixed", inset: "0", zIndex: "2147483647", overflow: "auto", padding: "2rem",
          background: "rgba(20, 20, 20, 0.94)", color: "#fff", font: "14px/1.5 ui-monospace, monospace"
        });
        box.id = overlayID;
        box.lang = "en";
        box.dir = "ltr";  // English diagnostics and paths, on a right-to-left page too
        box.setAttribute("role", "alertdialog");
        box.setAttribute("aria-label", "sitegen build failed");
        var title = style(document.createElement("h2"), { color: "#ff6b6b", margin: "0 0 1rem" });
        title.textContent = "sitegen: the last build failed (" + errors.length + " error" +
          (errors.length === 1 ? "" : "s") + "); still serving the last good site";
        box.appendChild(title);
        var list = style(document.createElement("ol"), { paddingLeft: "1.5rem" });
        errors.forEach(function (error) {
          var item = style(document.createElement("li"), { marginBottom: "0.75rem" });
          var where = error.file + (error.line ? ":" + error.line + (error.column ? ":" + error.column : "") : "");
          var head = style(document.createElement("div"), { color: "#ffd166" });
          head.textContent = where + "  " + error.rule + " " + error.name;
          var message = document.createElement("div");
          message.textContent = error.message;
          item.appendChild(head);
          item.appendChild(message);
          if (error.hint) {
            var hint = style(document.createElement("div"), { color: "#aaa" });
            hint.textContent = "hint: " + error.hint;
            item.appendChild(hint);
          }
          list.appendChild(item);
        });
        box.appendChild(list);
        var close = document.createElement("button");
        close.type = "button";
        close.textContent = "Dismiss";
        close.addEventListener("click", hide);
        box.appendChild(close);
        document.body.appendChild(box);
      }

      var source = new EventSource("\(eventsPath)");
      source.addEventListener("hello", function (event) {
        var data = JSON.parse(event.data);
        if (version !== null && data.version !== version) { location.reload(); return; }
        version = data.version;
        show(data.errors);
      });
      source.addEventListener("reload", function () { location.reload(); });
      source.addEventListener("errors", function (event) { show(JSON.parse(event.data).errors); });
    })();

    """

    /// The page with the script tag added before `</head>` (or at the end).
    static func inject(into html: [UInt8]) -> [UInt8] {
        let marker = Array("</head>".utf8)
        let tag = Array((Self.tag + "\n").utf8)
        if let index = firstIndex(of: marker, in: html) {
            return Array(html[..<index]) + tag + Array(html[index...])
        }
        return html + tag
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<start + needle.count]) == needle { return start }
        }
        return nil
    }
}
