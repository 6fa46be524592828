import RepereSupport

extension JSONWriter {
    /// `{"term":value,…}` for term ids `terms`, in their order.
    mutating func object(_ terms: [Int], _ table: PostingTable, _ value: (inout JSONWriter, Int) -> Void) {
        byte("{")
        for (i, t) in terms.enumerated() {
            if i > 0 { byte(",") }
            string(table.terms[t])
            byte(":")
            value(&self, t)
        }
        byte("}")
    }
}
