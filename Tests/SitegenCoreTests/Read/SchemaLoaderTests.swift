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

    @Test("'per' names the values' basis in a few spellings; another word is reported with the closest")
    func perNamesTheBasis() {
        let yaml = """
            fields:
              - {name: Price, type: rate, per: users}
              - {name: Storage, type: rate, per: GB}
              - {name: Requests, type: money, per: Request}
              - {name: Setup, type: money, per: whole}
              - {name: Hosting, type: rate, per: hots}
            """
        let (schema, problems) = SchemaLoader.load(text: yaml, name: "plans", file: "Content/_schemas/plans.yml")
        #expect(schema?.fields.map(\.per) == [.seat, .data, .request, .whole, nil])
        #expect(problems.map { "\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0) \($0.message)" } == [
            "6:38 field 'Hosting': 'per' must be one of seat, GB, host, vCPU, request, token, message, whole, found 'hots' (did you mean 'host'?)"])
    }

    @Test func boundsMayBeWrittenAsValuesOfTheFieldsType() throws {
        let yaml = """
            fields:
              - name: Setup
                constraints: {maximum: 1 hour}
                type: duration
              - name: Memory
                type: size
                constraints: {minimum: 512 MB, maximum: 16 GiB}
              - name: Seats
                type: count
                constraints: {minimum: 1, maximum: 10, required: True}
            """
        let (schema, problems) = SchemaLoader.load(text: yaml, name: "plans", file: "Content/_schemas/plans.yml")
        #expect(problems.isEmpty, "\(problems)")
        let fields = try #require(schema?.fields)
        #expect(fields[0].constraints.maximum == 3_600 && fields[0].constraints.maximumText == "1 hour")
        #expect(fields[1].constraints.minimum == 512e6 && fields[1].constraints.maximum == 16 * 1_073_741_824)
        #expect(fields[2].constraints.maximum == 10 && fields[2].constraints.maximumText == nil)
        #expect(fields[2].constraints.required)
    }

    @Test func constraintValuesThatMeanNothingAreReported() {
        let yaml = """
            fields:
              - name: Setup
                type: duration
                constraints: {maximum: 2 hourz, required: yes}
              - name: Note
                constraints: {minimum: lots, minLength: many}
            """
        let (_, problems) = SchemaLoader.load(text: yaml, name: "plans", file: "Content/_schemas/plans.yml")
        let said = problems.map { "\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0) \($0.message)" }
        #expect(said == [
            "4:47 field 'Setup': 'required' must be true or false, found 'yes'",
            "4:28 field 'Setup': 'maximum' must be a number, or a duration, found '2 hourz'",
            "6:45 field 'Note': 'minLength' must be a whole number of characters, found 'many'",
            "6:28 field 'Note': 'minimum' must be a number, found 'lots'",
        ])
    }
}
