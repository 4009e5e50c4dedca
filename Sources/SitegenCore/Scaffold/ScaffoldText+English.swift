extension ScaffoldText {
    static let english = ScaffoldText(
        language: "en",
        siteTitle: "Backing up a laptop",
        siteDescription: "Two ways to back up a laptop, what each costs and what each needs.",
        configIntro: "sitegen configuration. Every key is optional; see the README for all of them.",
        configLanguage: "Default language of pages (BCP 47). Pages can set their own with `lang:`.",
        configBaseURL: ["Where the site will be published (canonical links, sitemap.xml). Links between",
                        "pages stay relative, so the site also works from a sub-path and from file://."],
        configRules: "Severity per rule name or id: error, warning, info or off (`sitegen rules` lists them).",
        overviewDescription: "Compare cloud sync and an external drive at a glance.",
        overviewIntro: """
            A backup you never test is a wish. Here are two common ways to keep copies of a
            laptop's files; each has its own page: [cloud sync](options/cloud-sync.md) and
            [an external drive](options/external-drive.md).
            """,
        comparisonHeading: "Comparison",
        caption: "Cloud sync and an external drive compared",
        optionsComment: "the header row names the options",
        optionLabel: "Option",
        constraintLabel: "I must be able to restore without internet",
        criterionHeader: "Criterion",
        cloud: "Cloud sync",
        drive: "External drive",
        criteria: [
            Criterion(name: "Setup time", type: .duration, prefer: .lower, cloud: "15 min", drive: "30 min"),
            Criterion(name: "Backups", type: .rate, prefer: .higher, cloud: "24 per day", drive: "1 per day"),
            Criterion(name: "Full restore", type: .duration, prefer: .lower, cloud: "2-4 hours", drive: "30 min"),
            Criterion(name: "Off-site copy", type: .boolean, prefer: .higher, cloud: "yes", drive: "no"),
            Criterion(name: "First-year cost", type: .money, prefer: .lower, cloud: "about $100", drive: "$60"),
        ],
        closing: "Pick the option that fits the way you work; many people use both.",
        optionsTitle: "Options",
        optionsDescription: "One page per backup option.",
        optionsBody: "Each option in detail.",
        cloudDescription: "Files are copied to a provider's servers as they change.",
        cloudBody: "A sync client uploads every change. Restoring a whole laptop downloads everything again.",
        requirementsHeading: "What you need",
        requirementsCaption: "What cloud sync needs",
        requirementHeader: "Requirement",
        detailHeader: "Detail",
        requirements: [
            ("Account", "A storage plan large enough for your files"),
            ("Network", "A connection that can upload your daily changes"),
            ("Client", "The provider's sync app, signed in"),
        ],
        driveDescription: "A drive you plug in for the operating system's backup tool.",
        driveBody: """
            The operating system's backup tool copies changed files whenever the drive is connected.
            Keep the drive somewhere other than the laptop's bag.
            """,
        schemaComment: "Criteria of the comparison matrix: types, and which values are better.",
        schemaTitle: "Backup options"
    )
}
