/// The files of a new site (`sitegen init`): a configuration with comments,
/// an overview page with an annotated comparison matrix, two option pages
/// (one with a requirements table), a schema, a `.gitignore` and a CI
/// workflow. It builds and checks clean as it is.
public enum Scaffold {
    /// The languages the starter pages are written in.
    public enum Language: String, CaseIterable, Sendable {
        case ar, de, en, es, fr, it, ja, ko, pt, ru
        case zhCN = "zh-CN"
        case zhTW = "zh-TW"

        /// The starter pages for a BCP 47 tag: the language itself (`de`, `zh-TW`), or the one its
        /// tag narrows (`de-AT`, `pt-BR`; `zh`, `zh-Hans`, `zh-SG` are Simplified, `zh-Hant`,
        /// `zh-HK`, `zh-MO` Traditional); nil when none is written in it.
        public init?(tag: String) {
            let subtags = LanguageTag.subtags(tag.lowercased())
            guard let base = subtags.first else { return nil }
            if base == "zh" {
                let traditional = subtags.dropFirst().contains { ["hant", "tw", "hk", "mo"].contains($0) }
                self = traditional ? .zhTW : .zhCN
                return
            }
            guard let language = Language(rawValue: base) else { return nil }
            self = language
        }

        /// The starter site's words in this language.
        var text: ScaffoldText {
            switch self {
            case .ar: return .arabic
            case .de: return .german
            case .en: return .english
            case .es: return .spanish
            case .fr: return .french
            case .it: return .italian
            case .ja: return .japanese
            case .ko: return .korean
            case .pt: return .portuguese
            case .ru: return .russian
            case .zhCN: return .simplifiedChinese
            case .zhTW: return .traditionalChinese
            }
        }
    }

    /// Files by path relative to the new site's folder.
    /// `tag`, when given, is written as the site's `language:` (`de-AT` with the German pages).
    public static func files(language: Language, tag: String? = nil, includeTemplates: Bool) -> [String: String] {
        var text = language.text
        if let tag { text.language = tag }
        var files = files(text)
        files[".gitignore"] = "public/\n.public.*\n.build/\n"
        files[".github/workflows/sitegen.yml"] = workflow
        if includeTemplates {
            for (path, bytes) in DefaultTheme.allFiles {
                files["Templates/" + path] = String(decoding: bytes, as: UTF8.self)
            }
        }
        return files
    }

    /// A GitHub Actions workflow that checks the tables on every push and
    /// uploads the findings to code scanning.
    public static let workflow = """
        # Checks the site's tables, links and front matter on every push and pull request.
        # Findings appear as annotations on the changed lines and in the Security tab (SARIF).
        name: sitegen
        on: [push, pull_request]
        permissions:
          contents: read
          security-events: write
        jobs:
          check:
            runs-on: ubuntu-24.04
            steps:
              - uses: actions/checkout@v4
              - name: Install cmark-gfm
                run: sudo apt-get update && sudo apt-get install -y libcmark-gfm-dev libcmark-gfm-extensions-dev libjemalloc-dev pkg-config
              - uses: swift-actions/setup-swift@v2
                with:
                  swift-version: "6.0"
              - name: Build sitegen
                run: |
                  git clone --depth 1 https://github.com/sitegen/sitegen "$RUNNER_TEMP/sitegen"
                  swift build -c release --package-path "$RUNNER_TEMP/sitegen" --product sitegen
                  echo "$RUNNER_TEMP/sitegen/.build/release" >> "$GITHUB_PATH"
              - name: Check the tables
                run: sitegen check --format github
              - name: SARIF for code scanning
                if: always()
                run: sitegen check --format sarif --output sitegen.sarif || true
              - uses: github/codeql-action/upload-sarif@v3
                if: always()
                with:
                  sarif_file: sitegen.sarif
              - name: Build the site
                run: sitegen build

        """
}
