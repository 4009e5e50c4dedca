import Testing
@testable import SitegenCore

/// Schema files: what is wrong is reported where it is written, with a suggestion when a name is close.
struct SchemaLoaderTests {
    @Test func problemsAreReportedAtTheValueOrKeyAtFault() {
        let yaml = """
            title: Plans
            fields:
              - name: Price
                type: nuber
                prefer: hgher
              - name: Speed
                unit: Mbps
                colour: red
                constraints: {minimum: 0, maximun: 10}
              - type: text
            sort: name
            """
        let (schema, problems) = SchemaLoader.load(text: yaml, name: "plans", file: "Content/_schemas/plans.yml")
        #expect(schema?.fields.map(\.name) == ["Price", "Speed"])
        let said = problems.map { "\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0) \($0.message)" }
        #expect(said == [
            "4:11 field 'Price': unknown type 'nuber' (did you mean 'number'?); use one of any, text, boolean, count, number, duration, rate, money, size, category",
            "5:13 field 'Price': 'prefer' must be lower, higher or none, found 'hgher'",
            "8:5 unknown key of field 'Speed' 'colour'; known: " + SchemaLoader.knownFieldKeys.joined(separator: ", "),
            "9:31 unknown constraint of field 'Speed' 'maximun' (did you mean 'maximum'?); known: "
                + SchemaLoader.knownConstraintKeys.joined(separator: ", "),
            "10:5 every field needs a 'name'",
            "11:1 unknown schema key 'sort'; known: " + SchemaLoader.knownKeys.joined(separator: ", "),
        ])
        #expect(problems.allSatisfy { $0.name == "schema-invalid" && $0.file == "Content/_schemas/plans.yml" })
    }
}
