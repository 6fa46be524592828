/// The browser side of live reload: an external script (so the pages' CSP holds) that listens
/// to ``LiveReloadHub``'s events, reloads the page when a rebuild changed it and shows build errors as an
/// overlay made of DOM text nodes (never parsed as HTML).
public enum LiveReloadScript {
    /// Where the script is served.
    public static let path = "/_repere/live-reload.js"
    /// The Server-Sent Events endpoint.
    public static let eventsPath = "/_repere/live-reload"

    /// Adds the script to an HTML page, before `</body>` (or at the end).
    public static func inject(into html: [UInt8]) -> [UInt8] {
        let tag = Array("<script src=\"\(path)\" defer></script>\n".utf8)
        let close = Array("</body>".utf8)
        var index = html.count - close.count
        while index >= 0 {
            if html[index..<index + close.count].elementsEqual(close) {
                return Array(html[..<index]) + tag + Array(html[index...])
            }
            index -= 1
        }
        return html + tag
    }

    public static let source = """
        // Repère live reload (repere serve only).
        (function () {
          "use strict";
          var overlayId = "repere-build-error";
          function hideOverlay() {
            var old = document.getElementById(overlayId);
            if (old) old.remove();
          }
          function showOverlay(text) {
            hideOverlay();
            var box = document.createElement("div");
            box.id = overlayId;
            box.setAttribute("role", "alert");
            var s = box.style;
            s.position = "fixed"; s.inset = "0"; s.zIndex = "2147483647"; s.overflow = "auto";
            s.background = "rgba(20, 20, 20, 0.94)"; s.color = "#fff"; s.padding = "2rem";
            s.font = "14px/1.5 ui-monospace, monospace";
            var title = document.createElement("h2");
            title.appendChild(document.createTextNode("La compilation a échoué : le site affiché est la dernière version valide."));
            var pre = document.createElement("pre");
            pre.style.whiteSpace = "pre-wrap";
            pre.appendChild(document.createTextNode(text));
            var close = document.createElement("button");
            close.type = "button";
            close.appendChild(document.createTextNode("Fermer"));
            close.addEventListener("click", hideOverlay);
            box.appendChild(title); box.appendChild(pre); box.appendChild(close);
            document.body.appendChild(box);
          }
          var events = new EventSource("\(eventsPath)");
          // data: the generation, then the paths of the pages that changed ("*": all).
          function currentPage() {
            var path = location.pathname.replace(/\\/index\\.html$/, "/");
            try { return [path, decodeURI(path)]; } catch (e) { return [path]; }
          }
          events.addEventListener("reload", function (event) {
            var pages = event.data.split("\\n").slice(1);
            var here = currentPage();
            if (pages.length === 0 || pages.indexOf("*") >= 0 || here.some(function (p) { return pages.indexOf(p) >= 0; })) {
              hideOverlay();
              location.reload();
            }
          });
          events.addEventListener("build-error", function (event) { showOverlay(event.data); });
        })();

        """
}
