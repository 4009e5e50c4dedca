/// The Chinese (zh-CN) starter site.
enum ScaffoldChinese {
    static let files: [String: String] = [
        "sitegen.yml": """
            # sitegen 配置。所有键都可省略,完整说明见 README。
            title: 笔记本电脑备份方案
            description: 两种备份笔记本电脑的方式:各自的代价与前提条件。
            # 页面默认语言(BCP 47)。单个页面可用 `lang:` 覆盖。
            language: zh-CN
            # 站点发布地址(用于 canonical 链接和 sitemap.xml)。页面之间的链接始终是相对链接,
            # 因此站点也能放在子路径下或直接用 file:// 打开。
            # base-url: https://example.org/backups/
            # 按规则名或编号设置级别:error、warning、info 或 off(`sitegen rules` 列出全部规则)。
            rules:
              table-blanks-around: warning

            """,
        "Content/_index.md": """
            ---
            title: 笔记本电脑备份方案
            description: 一眼比较云同步与移动硬盘两种方式。
            ---

            从不验证的备份只是心愿。下面是两种常见的备份方式,各有详细页面:
            [云同步](options/cloud-sync.md)和[移动硬盘](options/external-drive.md)。

            ## 方案对比

            <!-- sitegen:table
            id: backup-options
            kind: matrix
            caption: 云同步与移动硬盘对比
            options: columns        # 表头一行是各个方案
            option-label: 方案
            schema: backup-options  # Content/_schemas/backup-options.yml
            constraints:
              - {id: offline, label: 我必须能在断网时恢复, excludes: [云同步]}
            -->
            | 评估维度 | 云同步 | 移动硬盘 |
            |---|---|---|
            | 配置耗时 | 15分钟 | 30分钟 |
            | 备份频率 | 每天24次 | 每天1次 |
            | 完整恢复 | 2-4小时 | 30分钟 |
            | 异地副本 | 是 | 否 |
            | 首年费用 | 约700元 | 400元 |

            按自己的使用习惯选择;很多人两种都用。

            """,
        "Content/options/_index.md": """
            ---
            title: 方案
            description: 每个备份方案一页。
            weight: 1
            ---

            各方案的详细说明。

            """,
        "Content/options/cloud-sync.md": """
            ---
            title: 云同步
            description: 文件一有改动就复制到服务商的服务器。
            weight: 1
            option: 云同步
            ---

            同步客户端会上传每一处改动。恢复整台电脑时需要重新下载全部文件。

            ## 需要准备

            <!-- sitegen:table {id: cloud-requirements, kind: requirements, caption: 云同步的前提条件} -->
            | 条件 | 说明 |
            |---|---|
            | 账号 | 容量足够的存储套餐 |
            | 网络 | 能每天上传改动的网络 |
            | 客户端 | 已登录的同步应用 |

            """,
        "Content/options/external-drive.md": """
            ---
            title: 移动硬盘
            description: 插上硬盘,由操作系统自带的备份工具完成备份。
            weight: 2
            option: 移动硬盘
            ---

            硬盘接上电脑时,系统备份工具会复制有改动的文件。硬盘不要和电脑放在同一个包里。

            """,
        "Content/_schemas/backup-options.yml": """
            # 对比表各评估维度的类型,以及哪个值更好。
            title: 备份方案
            fields:
              - name: 配置耗时
                type: duration
                prefer: lower
              - name: 备份频率
                type: rate
                prefer: higher
              - name: 完整恢复
                type: duration
                prefer: lower
              - name: 异地副本
                type: boolean
                prefer: higher
              - name: 首年费用
                type: money
                prefer: lower

            """,
    ]
}
