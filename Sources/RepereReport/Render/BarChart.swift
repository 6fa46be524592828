import RepereSupport

/// A small stacked bar chart as inline SVG, drawn by Repère (no script, no library). It is a
/// picture of a table the report prints right after it: the SVG is labelled for assistive
/// technologies as such, and the numbers are read in the table.
struct BarChart {
    struct Series {
        var name: String
        /// A fill with 3:1 contrast against white (WCAG 1.4.11).
        var color: String
    }

    var label: String
    var series: [Series]
    /// One bar per entry: its label (shown under it) and one value per series, stacked.
    var bars: [(label: String, values: [Int])]

    static let height = 120, barWidth = 28, gap = 12, axis = 24

    var svg: String {
        let top = max(1, bars.map { $0.values.reduce(0, +) }.max() ?? 1)
        let width = max(1, bars.count) * (Self.barWidth + Self.gap) + Self.gap
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(width) \(Self.height + Self.axis)\" width=\"\(width)\" height=\"\(Self.height + Self.axis)\""
            + " role=\"img\" aria-label=\"\(HTMLEscaping.escape(label)) (les nombres sont dans le tableau qui suit)\">\n"
        for (index, bar) in bars.enumerated() {
            let x = Self.gap + index * (Self.barWidth + Self.gap)
            var base = Self.height
            for (value, series) in zip(bar.values, series) where value > 0 {
                let height = max(1, value * Self.height / top)
                base -= height
                out += "<rect x=\"\(x)\" y=\"\(base)\" width=\"\(Self.barWidth)\" height=\"\(height)\" fill=\"\(series.color)\"></rect>\n"
            }
            out += "<text x=\"\(x + Self.barWidth / 2)\" y=\"\(Self.height + 16)\" text-anchor=\"middle\">\(HTMLEscaping.escape(bar.label))</text>\n"
        }
        out += "<line x1=\"0\" y1=\"\(Self.height)\" x2=\"\(width)\" y2=\"\(Self.height)\" stroke=\"#3a3a3a\"></line>\n</svg>\n"
        let legend = series.map { "<li><span class=\"swatch\" style=\"background:\($0.color)\"></span>\(HTMLEscaping.escape($0.name))</li>" }
        return out + "<ul class=\"legend\">" + legend.joined() + "</ul>\n"
    }
}
