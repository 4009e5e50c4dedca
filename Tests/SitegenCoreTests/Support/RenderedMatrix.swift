/// Reading a rendered comparison matrix back from its HTML.
enum RenderedMatrix {
    /// The `data-sort-value` of the cell that shows `text`.
    static func sortValue(of text: String, in page: String) -> Double? {
        guard let cell = page.range(of: "\">" + text + "<span") else { return nil }
        let head = page[..<cell.lowerBound]
        guard let attribute = head.range(of: "data-sort-value=\"", options: .backwards) else { return nil }
        return Double(head[attribute.upperBound...])
    }
}
