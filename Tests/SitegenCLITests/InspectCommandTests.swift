import Foundation
import Testing

/// `sitegen inspect` end to end: every cell with its position and typed value, as text and JSON.
@Suite struct InspectCommandTests {
    static let page = """
        ---
        title: Plans
        ---

        <!-- sitegen:table {id: plans} -->
        | 套餐 | 内存 | 耗时 |
        |---|---|---|
        | 入门 | 512 MB | 5-10分钟 |
        | 高级 | 8G | 很快 |
        这一行粘在表格上。

        | a | b |
        |---|---|
        | 1 | 2 |

        """

    @Test func textShowsEveryCellWithItsPositionAndMeaning() throws {
        let site = try SiteFolder(["Content/index.md": Self.page, "Content/other.md": "# Other\n"])
        let result = try site.sitegen("inspect", "Content/index.md", "--table", "plans")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            Content/index.md:6:1 table 'plans' (plain)
              8:3   入门 › 套餐  '入门'      text "入门"
              8:8   入门 › 内存  '512 MB'    size 512 MB
              8:17  入门 › 耗时  '5-10分钟'  duration 5 min – 10 min
              9:3   高级 › 套餐  '高级'      text "高级"
              9:8   高级 › 内存  '8G'        size 8 GB
              9:13  高级 › 耗时  '很快'      text "很快"
              line 10 is glued onto the table (no blank line before it): not part of it

            """)
    }

    @Test func jsonHoldsTheTypedValues() throws {
        let site = try SiteFolder(["Content/index.md": Self.page])
        let result = try site.sitegen("inspect", "index.md", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let tables = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(tables.map { $0["id"] as? String } == ["plans", "table-2"])
        let cells = try #require(tables[0]["cells"] as? [[String: Any]])
        let memory = cells[1]
        #expect(memory["text"] as? String == "512 MB")
        #expect(memory["line"] as? Int == 8 && memory["column"] as? Int == 8)
        let value = try #require(memory["value"] as? [String: Any])
        #expect(value["kind"] as? String == "size" && value["lower"] as? Double == 512e6 && value["unit"] as? String == "B")
    }

    @Test func anUnknownPageOrTableExitsTwoWithAHint() throws {
        let site = try SiteFolder(["Content/index.md": Self.page])
        let page = try site.sitegen("inspect", "Content/missing.md")
        #expect(page.status == 2)
        #expect(page.stderr.contains("no page 'Content/missing.md'"), "\(page.stderr)")
        #expect(page.stderr.contains("hint: name a page by its path from the site root, e.g. Content/index.md"))
        let table = try site.sitegen("inspect", "--table", "nope")
        #expect(table.status == 2)
        #expect(table.stderr.contains("no table 'nope'"))
    }

    @Test func aSiteThatCannotBeReadIsReportedWithItsPosition() throws {
        let site = try SiteFolder(["Content/index.md": Self.page, "sitegen.yml": "rules: [unclosed\n"])
        let result = try site.sitegen("inspect")
        #expect(result.status == 2)
        #expect(result.stderr.contains("sitegen.yml:1:8: error: sitegen.yml is not valid YAML"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func valuesAreReadWithoutASite() throws {
        let folder = try SiteFolder([:])
        let plain = try folder.sitegen("inspect", "--value", "5-10分钟", "--value", "512 MB", "--value", "很快")
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout == """
            '5-10分钟'  duration 5 min – 10 min
            '512 MB'    size 512 MB
            '很快'      text "很快"

            """)
        let typed = try folder.sitegen("inspect", "--value", "15 Minuten", "--value", "sehr schnell", "--type", "duration",
                                       "--lang", "de")
        #expect(typed.status == 1)
        #expect(typed.stdout.contains("""
            'sehr schnell'  error: "sehr schnell" is not a duration
                            hint: write a number and a unit, e.g. 5分钟, 3-7个工作日 or 2 hours (German: 15 Minuten, 3 bis 5 Werktage)
            """), "\(typed.stdout)")
        #expect(try folder.sitegen("inspect", "--type", "duration").status == 64)
        #expect(try folder.sitegen("inspect", "--value", "5 min", "--format", "json").status == 64)
    }
}
