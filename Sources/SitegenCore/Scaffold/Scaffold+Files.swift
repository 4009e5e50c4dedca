extension Scaffold {
    /// The starter site's own files in the words of `text`, by path.
    static func files(_ text: ScaffoldText) -> [String: String] {
        let files = [
            "sitegen.yml": config(text),
            "Content/_index.md": overview(text),
            "Content/options/_index.md": page(title: text.optionsTitle, description: text.optionsDescription, weight: 1,
                                              body: text.optionsBody),
            "Content/options/cloud-sync.md": page(title: text.cloud, description: text.cloudDescription, weight: 1,
                                                  option: text.cloud, body: text.cloudBody + "\n\n" + requirements(text)),
            "Content/options/external-drive.md": page(title: text.drive, description: text.driveDescription, weight: 2,
                                                      option: text.drive, body: text.driveBody),
            "Content/_schemas/backup-options.yml": schema(text),
        ]
        // The pages' tables lined up, as `sitegen fmt` leaves them.
        return Dictionary(uniqueKeysWithValues: files.map { path, text in
            (path, path.hasSuffix(".md") ? TableFormatter.format(text: text, contentPath: path).text : text)
        })
    }

    private static func config(_ text: ScaffoldText) -> String {
        """
        # \(text.configIntro)
        title: \(text.siteTitle)
        description: \(text.siteDescription)
        # \(text.configLanguage)
        language: \(text.language)
        \(text.configBaseURL.map { "# " + $0 }.joined(separator: "\n"))
        # base-url: https://example.org/backups/
        # \(text.configRules)
        rules:
          table-blanks-around: warning

        """
    }

    private static func overview(_ text: ScaffoldText) -> String {
        let rows = text.criteria.map { "| \($0.name) | \($0.cloud) | \($0.drive) |" }.joined(separator: "\n")
        return """
            ---
            title: \(text.siteTitle)
            description: \(text.overviewDescription)
            ---

            \(text.overviewIntro)

            ## \(text.comparisonHeading)

            <!-- sitegen:table
            id: backup-options
            kind: matrix
            caption: \(text.caption)
            options: columns        # \(text.optionsComment)
            option-label: \(text.optionLabel)
            schema: backup-options  # Content/_schemas/backup-options.yml
            constraints:
              - {id: offline, label: \(text.constraintLabel), excludes: [\(text.cloud)]}
            -->
            | \(text.criterionHeader) | \(text.cloud) | \(text.drive) |
            |---|---|---|
            \(rows)

            \(text.closing)

            """
    }

    private static func page(title: String, description: String, weight: Int, option: String? = nil,
                             body: String) -> String {
        """
        ---
        title: \(title)
        description: \(description)
        weight: \(weight)
        \(option.map { "option: \($0)\n" } ?? "")---

        \(body)

        """
    }

    private static func requirements(_ text: ScaffoldText) -> String {
        let rows = text.requirements.map { "| \($0.0) | \($0.1) |" }.joined(separator: "\n")
        return """
            ## \(text.requirementsHeading)

            <!-- sitegen:table {id: cloud-requirements, kind: requirements, caption: \(text.requirementsCaption)} -->
            | \(text.requirementHeader) | \(text.detailHeader) |
            |---|---|
            \(rows)
            """
    }

    private static func schema(_ text: ScaffoldText) -> String {
        let fields = text.criteria.map { criterion in
            """
              - name: \(criterion.name)
                type: \(criterion.type.rawValue)
                prefer: \(criterion.prefer.rawValue)
            """
        }.joined(separator: "\n")
        return """
            # \(text.schemaComment)
            title: \(text.schemaTitle)
            fields:
            \(fields)

            """
    }
}
