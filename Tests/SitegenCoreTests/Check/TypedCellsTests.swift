import Foundation
import Testing
@testable import SitegenCore

/// `typedCells` finds each column's (or row's) field once; every cell must
/// still get the field `field(row:column:)` gives it.
@Suite struct TypedCellsTests {
    @Test("every value cell of the sample site has the field field(row:column:) gives it")
    func fieldsAreThoseOfTheRowAndColumnRule() throws {
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Content")
        var files: [String: String] = [:]
        var schemas: [String: TableSchema] = [:]
        let walker = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            let path = String(url.path.dropFirst(content.path.count + 1))
            if path.hasPrefix("_schemas/"), url.pathExtension == "yml" {
                let name = url.deletingPathExtension().lastPathComponent
                schemas[name] = TestSite.schema(try String(contentsOf: url, encoding: .utf8), name: name)
            } else if url.pathExtension == "md" {
                files[path] = try String(contentsOf: url, encoding: .utf8)
            }
        }
        let tables = TestSite.site(files, schemas: schemas).pages.flatMap(\.tables)
        var cells = 0, withField = 0
        for table in tables {
            for typed in table.typedCells {
                #expect(typed.field == table.field(row: typed.row, column: typed.cell.column))
                cells += 1
                if typed.field != nil { withField += 1 }
            }
        }
        #expect(cells > 50)
        #expect(withField > 20)
        #expect(tables.contains { $0.criteriaInRows && $0.schema != nil })
        #expect(tables.contains { !$0.criteriaInRows && $0.schema != nil })
    }
}
