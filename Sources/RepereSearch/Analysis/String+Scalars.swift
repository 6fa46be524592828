extension String {
    /// A string from Unicode scalars, encoded directly to UTF-8: about four times faster than going
    /// through `String.UnicodeScalarView`, which matters on millions of words.
    init(scalars: [Unicode.Scalar]) {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var i = 0
            func put(_ byte: UInt32) { buffer[i] = UInt8(truncatingIfNeeded: byte); i += 1 }
            for scalar in scalars {
                let v = scalar.value
                switch v {
                case ..<0x80: put(v)
                case ..<0x800: put(0xC0 | v >> 6); put(0x80 | v & 0x3F)
                case ..<0x10000: put(0xE0 | v >> 12); put(0x80 | v >> 6 & 0x3F); put(0x80 | v & 0x3F)
                default: put(0xF0 | v >> 18); put(0x80 | v >> 12 & 0x3F); put(0x80 | v >> 6 & 0x3F); put(0x80 | v & 0x3F)
                }
            }
            return i
        }
    }
}
