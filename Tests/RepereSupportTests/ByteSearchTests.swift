import Foundation
import RepereSupport
import Testing

/// Byte searches in texts, contiguous or not, against what the standard library finds.
@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("a++b", "++", true), ("a+b+", "++", false), ("", "++", false), ("+", "++", false), ("x++", "++", true),
        ("Attention :material-information:", ":material-", true), ("Attention : matériel", ":material-", false),
        ("été", "té", true), ("été", "t\u{301}", false), ("abc", "", true), ("ab", "abc", false),
    ])
    func containsBytesIsAByteSearch(text: String, needle: String, expected: Bool) {
        #expect(text.containsBytes(needle) == expected)
        #expect(Substring(text).containsBytes(needle) == expected)
        // A bridged string is not contiguous: its bytes are copied once.
        #expect((NSString(string: text) as String).containsBytes(needle) == expected)
    }

    @Test func containsByteFindsOneByte() {
        #expect("{x}".containsByte(UInt8(ascii: "{")))
        #expect(!"x}".containsByte(UInt8(ascii: "{")))
        #expect(!"".containsByte(0))
        #expect("de l’été"[...].dropFirst(3).containsByte(0xA9))  // é's second byte
        #expect(":wink: ".containsByteTwice(UInt8(ascii: ":")) && !"Note : une".containsByteTwice(UInt8(ascii: ":")))
        #expect(!"".containsByteTwice(UInt8(ascii: ":")))
        Array("a:b:".utf8).withUnsafeBufferPointer { bytes in
            #expect(bytes.firstIndex(of: UInt8(ascii: ":"), from: 0) == 1 && bytes.firstIndex(of: UInt8(ascii: ":"), from: 2) == 3)
            #expect(bytes.firstIndex(of: UInt8(ascii: ":"), from: 4) == nil && bytes.firstIndex(of: UInt8(ascii: ":"), from: 9) == nil)
        }
    }
}
