extension TableAnnotationInvalid {
    /// A matrix's constraints that cannot do what they say: an `excludes` naming no option of the
    /// matrix, a `requires` test on a criterion it does not have, or a test its values cannot be
    /// compared with (a price tested in minutes, `fast` where the values are durations).
    func constraintProblems(_ table: DecisionTable, page: Page) -> [Diagnostic] {
        guard table.kind == .matrix, let constraints = table.annotation?.constraints, !constraints.isEmpty else { return [] }
        let matrix = Matrix(table)
        let optionNames = matrix.options.map(\.name)
        let optionKeys = Set(optionNames.map(NameKey.key))
        func at(_ position: SourcePosition?) -> SourceRange? {
            (position ?? table.annotation?.range.start).map { SourceRange(start: $0, end: $0) }
        }
        var found: [Diagnostic] = []
        for constraint in constraints {
            for (index, name) in constraint.excludes.enumerated() where !optionKeys.contains(NameKey.key(name)) {
                // The name itself, as written (a plain scalar on one line).
                var range = at(constraint.position)
                if constraint.excludePositions.indices.contains(index) {
                    let position = constraint.excludePositions[index]
                    range = SourceRange(line: position.line, column: position.column,
                                        endColumn: position.column + name.unicodeScalars.count - 1)
                }
                found.append(descriptor.diagnostic(
                    file: page.file, range: range,
                    message: "constraint '\(constraint.id)' excludes '\(name)', which is not an option of this matrix",
                    hint: Suggestion.hint(for: name, in: optionNames) ?? "options: \(optionNames.joined(separator: ", "))"))
            }
            for requirement in constraint.requires {
                guard let criterion = matrix.criterionIndex(named: requirement.criterion) else {
                    let names = matrix.criteria.map(\.name)
                    found.append(descriptor.diagnostic(
                        file: page.file, range: at(requirement.position ?? constraint.position),
                        message: "constraint '\(constraint.id)' tests '\(requirement.criterion)', which is not a criterion of this matrix",
                        hint: Suggestion.hint(for: requirement.criterion, in: names) ?? "criteria: \(names.joined(separator: ", "))"))
                    continue
                }
                if let problem = Self.testProblem(requirement, values: matrix.criteria[criterion].values,
                                                  field: matrix.criteria[criterion].field, numbers: matrix.numbers) {
                    found.append(descriptor.diagnostic(file: page.file, range: at(requirement.position ?? constraint.position),
                                                       message: "constraint '\(constraint.id)': \(problem.message)", hint: problem.hint))
                }
            }
        }
        return found
    }

    /// Why a test cannot be compared with a criterion's values, if it cannot: a number of another
    /// kind or currency, per seat or not as the values are not, a number without the unit of durations or rates, text among numbers, a
    /// number among yes/no values or text, or a value none of the options has.
    static func testProblem(_ requirement: MatrixRequirement, values: [TableCell], field: FieldSchema?,
                            numbers: NumberConvention = .decimalPoint) -> DecisionProblem? {
        let read = values.map { ($0, EntryMeasure.measure(of: $0.text, numbers: numbers)) }
        let measures = read.compactMap(\.1)
        let texts = read.filter { !$0.0.value.isEmpty && $0.1 == nil }.map(\.0)
        let name = requirement.criterion, test = requirement.test
        let item = EntryParser.parse(test, numbers: numbers)
        guard measures.count > texts.count else {
            switch item {
            case .numeric:
                return DecisionProblem(message: "'\(test)' tests a number, but the values of '\(name)' are not numbers",
                                       hint: "test one of its values, e.g. \(texts.first.map { "'\($0.text)'" } ?? "yes")")
            case .text(let wanted, false):
                let known = Set(texts.map { EntryParser.textKey($0.text) } + (field?.categories ?? []).map(EntryParser.textKey))
                guard let missing = wanted.sorted().first(where: { !known.contains($0) }) else { return nil }
                let written = texts.map(\.text)
                return DecisionProblem(message: "no option's '\(name)' is '\(missing)', so every option would be ruled out",
                                       hint: Suggestion.hint(for: missing, in: written) ?? "values: \(written.joined(separator: ", "))")
            default:
                return nil
            }
        }
        let kind = Majority.norm(measures.filter { !$0.isPlain }.map(\.dimension)) ?? .number
        guard case .numeric = item else {
            return DecisionProblem(message: "'\(test)' is no number, range or comparison, but the values of '\(name)' are \(kind.phrase(plural: true))",
                                   hint: "write e.g. '<= 30 min', '>= 2', '[1..5]' (quoted when it starts with < or >)")
        }
        let currency = Majority.norm(measures.filter { $0.dimension == kind }.compactMap(\.unit))
        let basis = Majority.norm(measures.filter { !$0.isPlain }.map(\.basis))
        for measure in EntryMeasure.measures(of: test, numbers: numbers) {
            if measure.isPlain, kind == .duration || kind == .rate {
                return DecisionProblem(message: "'\(test)' has no unit, but the values of '\(name)' are \(kind.phrase(plural: true))",
                                       hint: "write the unit, e.g. '<= 30 min' or '>= 3 per day'")
            }
            if !measure.isPlain, kind != .number, measure.dimension != kind {
                return DecisionProblem(message: "'\(test)' is \(measure.dimension.phrase()), but the values of '\(name)' are \(kind.phrase(plural: true))",
                                       hint: "test '\(name)' with \(kind.phrase(plural: true))")
            }
            if let currency, let unit = measure.unit, unit != "%", unit != currency {
                return DecisionProblem(message: "'\(test)' is in \(unit), but the values of '\(name)' are in \(currency)",
                                       hint: "state the amount in \(currency)")
            }
            if let basis, !measure.isPlain, measure.basis != basis {
                let (this, that) = measure.basis.contrast(with: basis, plural: true)
                return DecisionProblem(
                    message: "'\(test)' \(this), but the values of '\(name)' \(that)",
                    hint: basis == .seat ? "test a value per seat, e.g. '<= $10/user/month'"
                        : basis == .whole ? "test a value that is not \(measure.basis.phrase)" : "test a value \(basis.phrase)")
            }
        }
        return nil
    }
}
