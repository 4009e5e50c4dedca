extension ScaffoldText {
    static let simplifiedChinese = ScaffoldText(
        language: "zh-CN",
        siteTitle: "笔记本电脑备份方案",
        siteDescription: "两种备份笔记本电脑的方式:各自的代价与前提条件。",
        configIntro: "sitegen 配置。所有键都可省略,完整说明见 README。",
        configLanguage: "页面默认语言(BCP 47)。单个页面可用 `lang:` 覆盖。",
        configBaseURL: ["站点发布地址(用于 canonical 链接和 sitemap.xml)。页面之间的链接始终是相对链接,",
                        "因此站点也能放在子路径下或直接用 file:// 打开。"],
        configRules: "按规则名或编号设置级别:error、warning、info 或 off(`sitegen rules` 列出全部规则)。",
        overviewDescription: "一眼比较云同步与移动硬盘两种方式。",
        overviewIntro: """
            从不验证的备份只是心愿。下面是两种常见的备份方式,各有详细页面:
            [云同步](options/cloud-sync.md)和[移动硬盘](options/external-drive.md)。
            """,
        comparisonHeading: "方案对比",
        caption: "云同步与移动硬盘对比",
        optionsComment: "表头一行是各个方案",
        optionLabel: "方案",
        constraintLabel: "我必须能在断网时恢复",
        criterionHeader: "评估维度",
        cloud: "云同步",
        drive: "移动硬盘",
        criteria: [
            Criterion(name: "配置耗时", type: .duration, prefer: .lower, cloud: "15分钟", drive: "30分钟"),
            Criterion(name: "备份频率", type: .rate, prefer: .higher, cloud: "每天24次", drive: "每天1次"),
            Criterion(name: "完整恢复", type: .duration, prefer: .lower, cloud: "2-4小时", drive: "30分钟"),
            Criterion(name: "异地副本", type: .boolean, prefer: .higher, cloud: "是", drive: "否"),
            Criterion(name: "首年费用", type: .money, prefer: .lower, cloud: "约700元", drive: "400元"),
        ],
        closing: "按自己的使用习惯选择;很多人两种都用。",
        optionsTitle: "方案",
        optionsDescription: "每个备份方案一页。",
        optionsBody: "各方案的详细说明。",
        cloudDescription: "文件一有改动就复制到服务商的服务器。",
        cloudBody: "同步客户端会上传每一处改动。恢复整台电脑时需要重新下载全部文件。",
        requirementsHeading: "需要准备",
        requirementsCaption: "云同步的前提条件",
        requirementHeader: "条件",
        detailHeader: "说明",
        requirements: [("账号", "容量足够的存储套餐"), ("网络", "能每天上传改动的网络"), ("客户端", "已登录的同步应用")],
        driveDescription: "插上硬盘,由操作系统自带的备份工具完成备份。",
        driveBody: "硬盘接上电脑时,系统备份工具会复制有改动的文件。硬盘不要和电脑放在同一个包里。",
        schemaComment: "对比表各评估维度的类型,以及哪个值更好。",
        schemaTitle: "备份方案"
    )

    /// The Simplified text converted with OpenCC (s2twp: Taiwan characters and phrases) and read over.
    static let traditionalChinese = ScaffoldText(
        language: "zh-TW",
        siteTitle: "膝上型電腦備份方案",
        siteDescription: "兩種備份膝上型電腦的方式:各自的代價與前提條件。",
        configIntro: "sitegen 配置。所有鍵都可省略,完整說明見 README。",
        configLanguage: "頁面預設語言(BCP 47)。單個頁面可用 `lang:` 覆蓋。",
        configBaseURL: ["站點發布地址(用於 canonical 連結和 sitemap.xml)。頁面之間的連結始終是相對連結,",
                        "因此站點也能放在子路徑下或直接用 file:// 開啟。"],
        configRules: "按規則名或編號設定級別:error、warning、info 或 off(`sitegen rules` 列出全部規則)。",
        overviewDescription: "一眼比較雲同步與行動硬碟兩種方式。",
        overviewIntro: """
            從不驗證的備份只是心願。下面是兩種常見的備份方式,各有詳細頁面:
            [雲同步](options/cloud-sync.md)和[行動硬碟](options/external-drive.md)。
            """,
        comparisonHeading: "方案對比",
        caption: "雲同步與行動硬碟對比",
        optionsComment: "表頭一行是各個方案",
        optionLabel: "方案",
        constraintLabel: "我必須能在斷網時恢復",
        criterionHeader: "評估維度",
        cloud: "雲同步",
        drive: "行動硬碟",
        criteria: [
            Criterion(name: "配置耗時", type: .duration, prefer: .lower, cloud: "15分鐘", drive: "30分鐘"),
            Criterion(name: "備份頻率", type: .rate, prefer: .higher, cloud: "每天24次", drive: "每天1次"),
            Criterion(name: "完整恢復", type: .duration, prefer: .lower, cloud: "2-4小時", drive: "30分鐘"),
            Criterion(name: "異地副本", type: .boolean, prefer: .higher, cloud: "是", drive: "否"),
            Criterion(name: "首年費用", type: .money, prefer: .lower, cloud: "約NT$3,000", drive: "NT$1,800"),
        ],
        closing: "按自己的使用習慣選擇;很多人兩種都用。",
        optionsTitle: "方案",
        optionsDescription: "每個備份方案一頁。",
        optionsBody: "各方案的詳細說明。",
        cloudDescription: "檔案一有改動就複製到服務商的伺服器。",
        cloudBody: "同步客戶端會上傳每一處改動。恢復整臺電腦時需要重新下載全部檔案。",
        requirementsHeading: "需要準備",
        requirementsCaption: "雲同步的前提條件",
        requirementHeader: "條件",
        detailHeader: "說明",
        requirements: [("帳號", "容量足夠的儲存方案"), ("網路", "能每天上傳改動的網路"), ("客戶端", "已登入的同步應用程式")],
        driveDescription: "插上硬碟,由作業系統自帶的備份工具完成備份。",
        driveBody: "硬碟接上電腦時,系統備份工具會複製有改動的檔案。硬碟不要和電腦放在同一個包裡。",
        schemaComment: "對比表各評估維度的型別,以及哪個值更好。",
        schemaTitle: "備份方案"
    )
}
