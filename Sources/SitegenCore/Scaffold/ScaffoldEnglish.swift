/// The English starter site.
enum ScaffoldEnglish {
    static let files: [String: String] = [
        "sitegen.yml": """
            # sitegen configuration. Every key is optional; see the README for all of them.
            title: Backing up a laptop
            description: Two ways to back up a laptop, what each costs and what each needs.
            # Default language of pages (BCP 47). Pages can set their own with `lang:`.
            language: en
            # Where the site will be published (canonical links, sitemap.xml). Links between
            # pages stay relative, so the site also works from a sub-path and from file://.
            # base-url: https://example.org/backups/
            # Severity per rule name or id: error, warning, info or off (`sitegen rules` lists them).
            rules:
              table-blanks-around: warning

            """,
        "Content/_index.md": """
            ---
            title: Backing up a laptop
            description: Compare cloud sync and an external drive at a glance.
            ---

            A backup you never test is a wish. Here are two common ways to keep copies of a
            laptop's files; each has its own page: [cloud sync](options/cloud-sync.md) and
            [an external drive](options/external-drive.md).

            ## Comparison

            <!-- sitegen:table
            id: backup-options
            kind: matrix
            caption: Cloud sync and an external drive compared
            options: columns        # the header row names the options
            option-label: Option
            schema: backup-options  # Content/_schemas/backup-options.yml
            constraints:
              - {id: offline, label: I must be able to restore without internet, excludes: [Cloud sync]}
            -->
            | Criterion | Cloud sync | External drive |
            |---|---|---|
            | Setup time | 15 min | 30 min |
            | Backups | 24 per day | 1 per day |
            | Full restore | 2-4 hours | 30 min |
            | Off-site copy | yes | no |
            | First-year cost | about $100 | $60 |

            Pick the option that fits the way you work; many people use both.

            """,
        "Content/options/_index.md": """
            ---
            title: Options
            description: One page per backup option.
            weight: 1
            ---

            Each option in detail.

            """,
        "Content/options/cloud-sync.md": """
            ---
            title: Cloud sync
            description: Files are copied to a provider's servers as they change.
            weight: 1
            option: Cloud sync
            ---

            A sync client uploads every change. Restoring a whole laptop downloads everything again.

            ## What you need

            <!-- sitegen:table {id: cloud-requirements, kind: requirements, caption: What cloud sync needs} -->
            | Requirement | Detail |
            |---|---|
            | Account | A storage plan large enough for your files |
            | Network | A connection that can upload your daily changes |
            | Client | The provider's sync app, signed in |

            """,
        "Content/options/external-drive.md": """
            ---
            title: External drive
            description: A drive you plug in for the operating system's backup tool.
            weight: 2
            option: External drive
            ---

            The operating system's backup tool copies changed files whenever the drive is connected.
            Keep the drive somewhere other than the laptop's bag.

            """,
        "Content/_schemas/backup-options.yml": """
            # Criteria of the comparison matrix: types, and which values are better.
            title: Backup options
            fields:
              - name: Setup time
                type: duration
                prefer: lower
              - name: Backups
                type: rate
                prefer: higher
              - name: Full restore
                type: duration
                prefer: lower
              - name: Off-site copy
                type: boolean
                prefer: higher
              - name: First-year cost
                type: money
                prefer: lower

            """,
    ]
}
