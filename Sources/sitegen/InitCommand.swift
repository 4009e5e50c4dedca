import ArgumentParser
import SitegenCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site that builds and checks clean straight away.",
        discussion: """
            Writes sitegen.yml, Content/ (an overview page with an annotated comparison matrix, two \
            option pages, a requirements table and a schema), .gitignore and a GitHub Actions workflow. \
            It refuses a folder that is not empty unless --force is given.
            """
    )

    @Argument(help: "Folder to create the site in (default: the current folder).")
    var directory: String = "."

    @Option(name: .long, help: ArgumentHelp(
        "Language of the starter content (a BCP 47 tag; its pages are written in \(Self.languages)).",
        valueName: "tag"))
    var lang: String = "en"

    static let languages = Scaffold.Language.allCases.map(\.rawValue).joined(separator: ", ")

    @Flag(name: .long, help: "Also copy the built-in templates into Templates/ so they can be edited.")
    var templates = false

    @Flag(name: .long, help: "Write into a folder that is not empty, overwriting files of the same names.")
    var force = false

    func run() throws {
        guard let language = Scaffold.Language(tag: lang) else {
            Terminal.error("error: no starter pages in '\(lang)'; they are written in \(Self.languages)\n")
            Terminal.error("hint: for a site in '\(lang)', run 'sitegen init --lang en', set 'language: \(lang)' in "
                           + "sitegen.yml and write the pages in it (interface strings ship for "
                           + "\(DefaultTheme.languages.joined(separator: ", ")); others fall back to English)\n")
            throw ExitCode(2)
        }
        let files = Scaffold.files(language: language, tag: lang == language.rawValue ? nil : lang,
                                   includeTemplates: templates)
        let fileIO = FileIO.disk
        let present = ((try? fileIO.list(directory)) ?? []).filter { $0 != ".git" }
        if !present.isEmpty, !force {
            let clashes = files.keys.sorted().filter { fileIO.exists(directory + "/" + $0) }
            Terminal.error("error: refusing to create a site in \(directory): the folder is not empty\n")
            for path in clashes.prefix(10) { Terminal.error("  would overwrite \(path)\n") }
            if clashes.count > 10 { Terminal.error("  and \(clashes.count - 10) more\n") }
            Terminal.error("hint: choose a new or empty folder, or pass --force to write into it "
                           + (clashes.isEmpty ? "(none of its files would be overwritten)\n" : "(overwriting those files)\n"))
            throw ExitCode(2)
        }
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            try fileIO.write(directory + "/" + path, Array(text.utf8))
        }
        Terminal.error("created a site in \(directory) (language \(lang), \(files.count) files)\n")
        let enter = directory == "." ? "" : "cd \(directory.contains(" ") ? "'\(directory)'" : directory) && "
        Terminal.error("next: \(enter)sitegen check && sitegen build\n")
    }
}
