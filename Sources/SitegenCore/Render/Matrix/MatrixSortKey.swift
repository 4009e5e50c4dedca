/// The canonical sort value of a matrix cell: the rank of an ordered
/// category, else the typed value's canonical lower bound (seconds for
/// durations, per-second for rates, items for counts; +∞ for "unlimited").
public enum MatrixSortKey {
    public static func value(of cell: TableCell, field: FieldSchema?) -> Double? {
        if let field, !field.categories.isEmpty {
            return field.rank(of: cell.text).map(Double.init)
        }
        return cell.value.sortValue
    }
}
