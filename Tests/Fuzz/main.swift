import Foundation

// `repere-fuzz TARGET [libFuzzer options…] [corpus…]`: runs libFuzzer on one target.
// Built and run by scripts/fuzz; see Documentation/Contributing/testing.md.

/// libFuzzer's entry point for a program that has its own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTargets.all[arguments[1]] else {
    let names = FuzzTargets.all.keys.sorted().joined(separator: ", ")
    FileHandle.standardError.write(Data("usage: repere-fuzz TARGET [libFuzzer options]; targets: \(names)\n".utf8))
    exit(2)
}
FuzzTargets.selected = target
// libFuzzer sees the program name followed by the arguments after the target's name.
var driverArguments: [UnsafeMutablePointer<CChar>?] = ([arguments[0]] + arguments.dropFirst(2)).map { strdup($0) } + [nil]
var driverCount = CInt(driverArguments.count - 1)
let status = driverArguments.withUnsafeMutableBufferPointer { buffer in
    var base = buffer.baseAddress!
    return runFuzzerDriver(&driverCount, &base) { data, size in
        FuzzTargets.selected(UnsafeBufferPointer(start: data, count: size))
        return 0
    }
}
exit(status)
