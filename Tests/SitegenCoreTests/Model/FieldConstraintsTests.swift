import Testing
@testable import SitegenCore

/// `cell-constraint` skips the cells of fields that constrain no cell; any one constraint of a
/// cell must count.
@Suite struct FieldConstraintsTests {
    @Test("each constraint on a cell alone makes a field limit its cells; none, or only unique, does not")
    func limitsCells() {
        let each: [(String, (inout FieldConstraints) -> Void)] = [
            ("required", { $0.required = true }), ("enum", { $0.enumValues = [] }), ("pattern", { $0.pattern = "x" }),
            ("minimum", { $0.minimum = 0 }), ("maximum", { $0.maximum = 0 }), ("minLength", { $0.minLength = 0 }),
            ("maxLength", { $0.maxLength = 0 }),
        ]
        for (name, set) in each {
            var constraints = FieldConstraints()
            set(&constraints)
            #expect(constraints.limitsCells, "\(name)")
        }
        var unique = FieldConstraints()
        unique.unique = true
        #expect(!FieldConstraints().limitsCells && !unique.limitsCells)
    }
}
