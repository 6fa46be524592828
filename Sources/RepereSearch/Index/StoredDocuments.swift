/// What the index stores of each page for its results, and how it is written.
extension IndexBuilder {
    static func stored(_ d: SearchDocument) -> IndexFormat.StoredDocument {
        IndexFormat.StoredDocument(
            url: d.url, title: d.title, section: d.section?.label ?? "", type: d.type, description: d.description,
            sections: d.sections.map { IndexFormat.StoredSection(anchor: $0.anchor, heading: $0.heading, excerpt: excerpt($0.text)) })
    }

    /// The text with runs of white space made one space, cut after about `excerptLength`
    /// characters at a word boundary. Characters are counted as Unicode scalars that do not
    /// extend the one before (combining marks), which is much cheaper than grapheme breaking.
    static func excerpt(_ text: String) -> String {
        // One pass that stops as soon as the excerpt is decided: pages can be long, excerpts are short.
        var out = String.UnicodeScalarView()
        var count = 0  // characters in `out`
        var word = String.UnicodeScalarView()
        var wordCount = 0
        for scalar in text.unicodeScalars {
            if !isWhitespace(scalar) {
                let extends = !scalar.isASCII && scalar.properties.isGraphemeExtend
                if !extends && count + wordCount + 1 > excerptLength {
                    return out.isEmpty ? String(word) + "…" : String(out) + " …"
                }
                word.append(scalar)
                if !extends { wordCount += 1 }
                continue
            }
            guard wordCount > 0 else { continue }
            if !out.isEmpty {
                out.append(" ")
                count += 1
            }
            out.append(contentsOf: word)
            count += wordCount
            word.removeAll(keepingCapacity: true)
            wordCount = 0
        }
        if wordCount > 0 {
            if !out.isEmpty { out.append(" ") }
            out.append(contentsOf: word)
        }
        return String(out)
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
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
