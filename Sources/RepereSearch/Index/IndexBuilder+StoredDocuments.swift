import RepereSupport

/// What the index stores of each page for its results, and how it is written.
extension IndexBuilder {
    static func stored(_ d: SearchDocument) -> IndexFormat.StoredDocument {
        IndexFormat.StoredDocument(
            url: d.url, title: d.title, section: d.section?.label ?? "", type: d.type, description: d.description,
            sections: d.sections.map { IndexFormat.StoredSection(anchor: $0.anchor, heading: $0.heading, excerpt: excerpt($0.text)) })
    }

    /// The text with runs of white space made one space, cut after about `excerptLength`
    /// characters at a word boundary. Characters are counted as Unicode scalars that do not
    /// extend the one before (combining marks): grapheme breaking would cost more than the rest
    /// of the index stage.
    static func excerpt(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            // One pass that stops as soon as the excerpt is decided: pages can be long, excerpts are short.
            var out: [UInt8] = []
            var count = 0  // characters in `out`
            var wordStart = -1, wordCount = 0  // wordStart: -1 between words
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                var value = UInt32(lead) & (0xFF >> (length == 1 ? 0 : length + 1))
                for k in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[i + k]) & 0x3F }
                let scalar = Unicode.Scalar(value)!
                if !isWhitespace(scalar) {
                    if wordStart < 0 { wordStart = i }
                    if value < 0x300 || !scalar.properties.isGraphemeExtend {
                        if count + wordCount + 1 > excerptLength {
                            let cut = out.isEmpty ? Array(bytes[wordStart..<i]) + Array("…".utf8) : out + Array(" …".utf8)
                            return String(decoding: cut, as: UTF8.self)
                        }
                        wordCount += 1
                    }
                } else if wordStart >= 0 {
                    if wordCount > 0 {
                        if !out.isEmpty {
                            out.append(UInt8(ascii: " "))
                            count += 1
                        }
                        out += bytes[wordStart..<i]
                        count += wordCount
                        wordCount = 0
                    }
                    wordStart = -1
                }
                i += length
            }
            if wordCount > 0 {
                if !out.isEmpty { out.append(UInt8(ascii: " ")) }
                out += bytes[wordStart...]
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: true
        case ..<0x1680: false
        default: scalar.properties.isWhitespace
        }
    }
}

extension JSONWriter {
    /// A stored document as `IndexFormat.encode` writes it (keys sorted).
    mutating func storedDocument(_ d: IndexFormat.StoredDocument) {
        raw(#"{"description":"#); string(d.description)
        raw(#","section":"#); string(d.section)
        raw(#","sections":"#)
        array(d.sections) { json, s in
            json.raw(#"{"anchor":"#); json.string(s.anchor)
            json.raw(#","excerpt":"#); json.string(s.excerpt)
            json.raw(#","heading":"#); json.string(s.heading)
            json.byte("}")
        }
        raw(#","title":"#); string(d.title)
        raw(#","type":"#); string(d.type)
        raw(#","url":"#); string(d.url)
        byte("}")
    }
}
