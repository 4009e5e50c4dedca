//
// sitegen patch: a file of its own (not in swift-mustache 2.1.1).
//

/// A template context of a few named values, kept in order: what a
/// `[String: Any]` is to a template, found without hashing. A name is looked
/// up by comparing it with each name in turn (a dictionary hashes it first,
/// and again in every context down the stack that does not hold it), and
/// making a record hashes nothing (a dictionary hashes every key into a
/// table of its own). For contexts of a few names made many times, such as
/// one per table cell; a context of many names is better a dictionary.
///
/// A record renders as a `[String: Any]` with the same names and values
/// does: names are looked up in it (the first of two equal names answers),
/// a section over it pushes it onto the stack, an inverted section over it
/// renders nothing, it is no sequence, and it has the dictionary's
/// transforms (`count`, `empty`, `enumerated`, `sorted`). As a `{{variable}}`
/// it is written as a dictionary is (`["name": value, …]`), in its order.
public struct MustacheRecord {
    /// The names, in order, and their values. (Two arrays: a record made many times with the same
    /// names can share one array of them, and the values are placed in theirs as they are made;
    /// copying an `Any` into a second place, or an `Any?`, goes through the runtime's witnesses.)
    /// In one object that is never changed, so that copying a record (into an `Any`, onto the
    /// context stack) is one retain, and reading it needs no exclusivity check.
    @usableFromInline final class Fields {
        @usableFromInline let names: [String]
        @usableFromInline let values: [Any]
        /// What partials rendered over the record made, when it keeps them.
        let renderedPartials: RenderedPartials?
        @usableFromInline init(names: [String], values: [Any], keepingRenderedPartials: Bool = false) {
            self.names = names
            self.values = values
            self.renderedPartials = keepingRenderedPartials ? RenderedPartials() : nil
        }
    }

    @usableFromInline var fields: Fields

    /// The names, in order.
    public var names: [String] { fields.names }
    /// The values, in the names' order.
    public var values: [Any] { fields.values }

    /// An empty record.
    public init() { fields = Fields(names: [], values: []) }

    /// `names[i]` holding `values[i]`. A record made many times with the same names can pass
    /// one array of them (a `static let`), which is then shared rather than copied.
    public init(names: [String], values: [Any]) {
        precondition(names.count == values.count, "a record needs one value for each name")
        fields = Fields(names: names, values: values)
    }

    /// `names[i]` holding `values[i]`, in a record that keeps what the partials rendered over it
    /// make, when that depends on nothing outside the record: a `{{>partial}}` reached with this
    /// record on top of the context stack (a list item, a section over it) renders once, the first
    /// time, and its text is copied every other time. For a record made once and shown many
    /// times, such as a navigation item on every page. Whether a partial's text depends only on
    /// the record is found on its first render, which looks up every name the record (or what is
    /// pushed above it) does not answer in an empty context instead of the stack below: a partial
    /// that asked for anything outside the record is rendered again as usual every time. Kept per
    /// library (templates), partial and partial depth; not for a partial rendered with an
    /// indentation, one that meets a block (`{{$name}}`) or is given blocks (`{{<partial}}`), nor
    /// in a debug build that reloads partials.
    /// The record must hold no lambdas (whose text may change from one call to the next).
    public init(names: [String], values: [Any], keepingRenderedPartials: Bool) {
        precondition(names.count == values.count, "a record needs one value for each name")
        fields = Fields(names: names, values: values, keepingRenderedPartials: keepingRenderedPartials)
    }

    /// The given names and values, in order; a name whose value is `nil` is
    /// left out (as a `[String: Any]` leaves out a key set to `nil`).
    public init(_ pairs: KeyValuePairs<String, Any?>) {
        var names: [String] = []
        var values: [Any] = []
        names.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for index in pairs.indices {
            guard let value = pairs[index].value else { continue }
            names.append(pairs[index].key)
            values.append(value)
        }
        fields = Fields(names: names, values: values)
    }

    /// How many names the record holds.
    public var count: Int { fields.names.count }

    /// The value of `name`: the first one when the record holds it twice. Setting
    /// replaces that one (or adds the name at the end); setting `nil` removes it.
    public subscript(name: String) -> Any? {
        get {
            guard let index = index(of: name) else { return nil }
            return fields.values[index]
        }
        set {
            var names = fields.names
            var values = fields.values
            switch (index(of: name), newValue) {
            case (let index?, let value?): values[index] = value
            case (let index?, nil):
                names.remove(at: index)
                values.remove(at: index)
            case (nil, let value?):
                names.append(name)
                values.append(value)
            case (nil, nil): return
            }
            fields = Fields(names: names, values: values, keepingRenderedPartials: fields.renderedPartials != nil)
        }
    }

    /// The first index holding `name`. Names are compared by their UTF-8
    /// lengths first (two inline words, no call), then in full.
    @usableFromInline func index(of name: String) -> Int? {
        let length = name.utf8.count
        return fields.names.withUnsafeBufferPointer { names in
            for index in names.indices where names[index].utf8.count == length && names[index] == name {
                return index
            }
            return nil
        }
    }

    /// The record `value` is and what it keeps, when it is one that keeps its rendered partials.
    static func keepingRenderedPartials(_ value: Any) -> (record: MustacheRecord, kept: RenderedPartials)? {
        func record<T>(_ value: T) -> (record: MustacheRecord, kept: RenderedPartials)? {
            guard T.self == MustacheRecord.self else { return nil }
            let record = unsafeBitCast(value, to: MustacheRecord.self)
            return record.fields.renderedPartials.map { (record, $0) }
        }
        return _openExistential(value, do: record)
    }

    /// The value at `index` (an index `index(of:)` gave).
    @usableFromInline func value(at index: Int) -> Any { fields.values[index] }

    /// The same names and values as a dictionary (the first of two equal names wins).
    public var dictionary: [String: Any] {
        Dictionary(zip(names, values).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
    }
}

extension MustacheRecord: MustacheParent {
    public func child(named name: String) -> Any? { self[name] }
}

extension MustacheRecord: MustacheTransformable {
    /// The transforms of `[String: Any]`, over the record's names in order
    /// (`enumerated`) or sorted (`sorted`).
    public func transform(_ name: String) -> Any? {
        switch name {
        case "count": return count
        case "empty": return names.isEmpty
        case "enumerated": return zip(names, values).map { (key: $0, value: $1) }
        case "sorted": return zip(names, values).map { (key: $0, value: $1) }.sorted { $0.key < $1.key }
        default: return nil
        }
    }
}

extension MustacheRecord: CustomStringConvertible, CustomDebugStringConvertible {
    /// Written as `Dictionary` writes itself, in the record's order.
    public var description: String {
        guard !names.isEmpty else { return "[:]" }
        var text = "["
        for index in names.indices {
            if index > 0 { text += ", " }
            debugPrint(names[index], terminator: "", to: &text)
            text += ": "
            debugPrint(values[index], terminator: "", to: &text)
        }
        return text + "]"
    }

    public var debugDescription: String { description }
}
