import Foundation
@testable import SitegenCore

/// A small site with sections, links with anchors, a matrix whose options
/// are defined by pages, and a plain table: enough for every kind of
/// cross-page dependency the incremental build tracks.
enum IncrementalFixture {
    static func files(pagesPerSection: Int = 3) -> [String: String] {
        var files: [String: String] = [
            "sitegen.yml": "title: Incremental\nlanguage: en\nbase-url: https://example.org/inc/\n",
            "Content/_index.md": """
                ---
                title: Home
                ---

                Start with [the first guide](guides/guide-1.md#setup) or [the other section](reference/_index.md).

                ## Comparison

                <!-- sitegen:table {id: ways, kind: matrix, options: columns} -->
                | Criterion | Guide 1 | Reference 1 |
                |---|---|---|
                | Time | 5 minutes | 2 hours |
                | Offline | yes | no |

                """,
        ]
        for section in ["guides", "reference"] {
            files["Content/\(section)/_index.md"] = "---\ntitle: \(section.capitalized)\n---\n\nAll the \(section).\n"
            for number in 1...pagesPerSection {
                let name = section == "guides" ? "guide" : "ref"
                let option = number == 1 ? "option: \(section == "guides" ? "Guide 1" : "Reference 1")\n" : ""
                let other = section == "guides" ? "../reference/ref-\(number).md" : "../guides/guide-\(number).md#setup"
                files["Content/\(section)/\(name)-\(number).md"] = """
                    ---
                    title: \(section.capitalized) page \(number)
                    weight: \(number)
                    \(option)---

                    Intro of page \(number). See [the other one](\(other)).

                    ## Setup

                    Steps for page \(number).

                    | Setting | Default |
                    |---|---|
                    | size | \(number * 10) |

                    """
            }
        }
        return files
    }

    /// A clean `sitegen build` of the same site into another folder.
    static func cleanBuild(_ site: TemporarySite, into folder: String) -> BuildReport {
        site.build { $0.output = folder }
    }

    /// The fixture, built once by a session of its own; with `renderSlice`, the session renders
    /// that many pages a slice (so that a build told to stop stops after the pages open in a browser).
    static func built(renderSlice: Int? = nil) throws -> (TemporarySite, BuildSession) {
        let site = try TemporarySite(files: files())
        let session = session(site)
        if let renderSlice { session.renderSlice = renderSlice }
        _ = session.build()
        return (site, session)
    }

    static func session(_ site: TemporarySite, workers: Int? = nil) -> BuildSession {
        var options = BuildOptions()
        options.root = site.root
        if let workers { options.workers = workers }
        return BuildSession(options: options)
    }
}
