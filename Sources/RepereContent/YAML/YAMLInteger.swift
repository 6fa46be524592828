import Yams

/// Whole numbers as YAML 1.1 reads them (`42`, `0x2A`, `1_000`, `1:30` for 90), without the trap
/// Yams hits on a sexagesimal value too large for `Int` (found by fuzzing: `222222222222222222:02`,
/// or eleven `0:` parts, stopped the whole build).
enum YAMLInteger {
    static func construct(from scalar: Node.Scalar) -> Int? {
        if scalar.string.contains(":"), !fitsSexagesimal(scalar.string) { return nil }
        return Int.construct(from: scalar)
    }

    /// Whether Yams can read `text` as a sexagesimal integer without overflowing (true too when
    /// it is no such integer: Yams then returns nil). Yams sums each part times its power of 60
    /// and computes the power after the last part: 60¹¹ no longer fits.
    private static func fitsSexagesimal(_ text: String) -> Bool {
        var digits = Substring(text.replacingOccurrences(of: "_", with: ""))
        if digits.hasPrefix("-") || digits.hasPrefix("+") { digits = digits.dropFirst() }
        let parts = digits.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ Int($0) != nil }) else { return true }
        guard parts.count <= 10 else { return false }
        var value = 0
        for part in parts {
            let (shifted, overflowed) = value.multipliedReportingOverflow(by: 60)
            let (sum, overflowedAgain) = shifted.addingReportingOverflow(Int(part) ?? 0)
            if overflowed || overflowedAgain { return false }
            value = sum
        }
        return true
    }
}
