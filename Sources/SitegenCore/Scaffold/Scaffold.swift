/// The files of a new site (`sitegen init`): a configuration with comments,
/// an overview page with an annotated comparison matrix, two option pages
/// (one with a requirements table), a schema, a `.gitignore` and a CI
/// workflow. It builds and checks clean as it is.
public enum Scaffold {
    public enum Language: String, CaseIterable, Sendable {
        case en
        case zhCN = "zh-CN"
        case zhTW = "zh-TW"

        /// The starter site's words in this language.
        var text: ScaffoldText {
            switch self {
            case .en: return .english
            case .zhCN: return .simplifiedChinese
            case .zhTW: return .traditionalChinese
            }
        }
    }

    /// Files by path relative to the new site's folder.
    public static func files(language: Language, includeTemplates: Bool) -> [String: String] {
        var files = files(language.text)
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
