extension String {
    /// Whether `self` comes before `other` when the numbers written in them are read as numbers:
    /// « partie-2 » before « partie-10 », « 0.2.0 » before « 0.10.0 », as people sort titles
    /// (and Finder, Explorer, `ls -v`); other characters by their Unicode scalars.
    public func naturallyPrecedes(_ other: String) -> Bool {
        var a = unicodeScalars.makeIterator(), b = other.unicodeScalars.makeIterator()
        var x = a.next(), y = b.next()
        while let p = x, let q = y {
            if Self.isDigit(p), Self.isDigit(q) {
                // Two runs of digits: the shorter without its leading zeros is the smaller number.
                var left: [Unicode.Scalar] = [], right: [Unicode.Scalar] = []
                while let d = x, Self.isDigit(d) { left.append(d); x = a.next() }
                while let d = y, Self.isDigit(d) { right.append(d); y = b.next() }
                let l = left.drop { $0 == "0" }, r = right.drop { $0 == "0" }
                if l.count != r.count { return l.count < r.count }
                for (c, d) in zip(l, r) where c != d { return c.value < d.value }
                if left.count != right.count { return left.count < right.count }  // `01` after `1`
                continue
            }
            if p != q { return p.value < q.value }
            x = a.next()
            y = b.next()
        }
        return x == nil && y != nil
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
