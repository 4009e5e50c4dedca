/// The Traditional Chinese (zh-TW) starter site: ScaffoldChinese converted with OpenCC
/// (s2twp: Taiwan characters and phrases) and read over.
enum ScaffoldTraditionalChinese {
    static let files: [String: String] = [
        "sitegen.yml": """
            # sitegen 配置。所有鍵都可省略,完整說明見 README。
            title: 膝上型電腦備份方案
            description: 兩種備份膝上型電腦的方式:各自的代價與前提條件。
            # 頁面預設語言(BCP 47)。單個頁面可用 `lang:` 覆蓋。
            language: zh-TW
            # 站點發布地址(用於 canonical 連結和 sitemap.xml)。頁面之間的連結始終是相對連結,
            # 因此站點也能放在子路徑下或直接用 file:// 開啟。
            # base-url: https://example.org/backups/
            # 按規則名或編號設定級別:error、warning、info 或 off(`sitegen rules` 列出全部規則)。
            rules:
              table-blanks-around: warning

            """,
        "Content/_index.md": """
            ---
            title: 膝上型電腦備份方案
            description: 一眼比較雲同步與行動硬碟兩種方式。
            ---

            從不驗證的備份只是心願。下面是兩種常見的備份方式,各有詳細頁面:
            [雲同步](options/cloud-sync.md)和[行動硬碟](options/external-drive.md)。

            ## 方案對比

            <!-- sitegen:table
            id: backup-options
            kind: matrix
            caption: 雲同步與行動硬碟對比
            options: columns        # 表頭一行是各個方案
            option-label: 方案
            schema: backup-options  # Content/_schemas/backup-options.yml
            constraints:
              - {id: offline, label: 我必須能在斷網時恢復, excludes: [雲同步]}
            -->
            | 評估維度 | 雲同步 | 行動硬碟 |
            |---|---|---|
            | 配置耗時 | 15分鐘 | 30分鐘 |
            | 備份頻率 | 每天24次 | 每天1次 |
            | 完整恢復 | 2-4小時 | 30分鐘 |
            | 異地副本 | 是 | 否 |
            | 首年費用 | 約NT$3,000 | NT$1,800 |

            按自己的使用習慣選擇;很多人兩種都用。

            """,
        "Content/options/_index.md": """
            ---
            title: 方案
            description: 每個備份方案一頁。
            weight: 1
            ---

            各方案的詳細說明。

            """,
        "Content/options/cloud-sync.md": """
            ---
            title: 雲同步
            description: 檔案一有改動就複製到服務商的伺服器。
            weight: 1
            option: 雲同步
            ---

            同步客戶端會上傳每一處改動。恢復整臺電腦時需要重新下載全部檔案。

            ## 需要準備

            <!-- sitegen:table {id: cloud-requirements, kind: requirements, caption: 雲同步的前提條件} -->
            | 條件 | 說明 |
            |---|---|
            | 帳號 | 容量足夠的儲存方案 |
            | 網路 | 能每天上傳改動的網路 |
            | 客戶端 | 已登入的同步應用程式 |

            """,
        "Content/options/external-drive.md": """
            ---
            title: 行動硬碟
            description: 插上硬碟,由作業系統自帶的備份工具完成備份。
            weight: 2
            option: 行動硬碟
            ---

            硬碟接上電腦時,系統備份工具會複製有改動的檔案。硬碟不要和電腦放在同一個包裡。

            """,
        "Content/_schemas/backup-options.yml": """
            # 對比表各評估維度的型別,以及哪個值更好。
            title: 備份方案
            fields:
              - name: 配置耗時
                type: duration
                prefer: lower
              - name: 備份頻率
                type: rate
                prefer: higher
              - name: 完整恢復
                type: duration
                prefer: lower
              - name: 異地副本
                type: boolean
                prefer: higher
              - name: 首年費用
                type: money
                prefer: lower

            """,
    ]
}
