import Foundation

/// The Wilson score interval of a proportion: where the true share of « oui » lies, at 95 %
/// confidence, given `yes` out of `total` answers. Unlike the plain ratio it stays honest for
/// few answers (1 « non » out of 1 gives 0 to 0.79, not 0).
public struct WilsonInterval: Encodable, Sendable, Equatable {
    public var low: Double
    public var high: Double

    /// z for 95 % confidence.
    static let z = 1.959964

    public init(yes: Int, total: Int) {
        guard total > 0 else {
            (low, high) = (0, 1)
            return
        }
        let n = Double(total), p = Double(yes) / n, z2 = Self.z * Self.z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let margin = Self.z / (1 + z2 / n) * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        // Rounded to 3 places, so that reports are byte-identical across platforms.
        low = ((centre - margin) * 1000).rounded() / 1000
        high = ((centre + margin) * 1000).rounded() / 1000
    }
}
