/// A value's fields in one shared, immutable box, for value types that are
/// copied far more often than changed (``Page``, ``PageSource``): a copy
/// of the owner is one reference count instead of one per string and array
/// in it. Never changed once made (`let`), so reading needs no exclusivity
/// check and sharing it across threads is safe; changing a field makes a
/// new box (`with`).
final class SharedFields<Fields: Sendable>: Sendable {
    let fields: Fields

    init(_ fields: Fields) { self.fields = fields }

    /// A box holding these fields with `change` applied.
    func with(_ change: (inout Fields) -> Void) -> SharedFields {
        var copy = fields
        change(&copy)
        return SharedFields(copy)
    }
}
