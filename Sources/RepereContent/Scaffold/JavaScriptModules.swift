import Foundation

/// A JavaScript or TypeScript settings file read with what it spreads from other files written
/// in, as VitePress' own documentation splits its configuration (`config/shared.ts`,
/// `config/fr.ts`, gathered by `locales: { fr: { label: 'Français', ...fr } }`): `...fr` becomes
/// the entries of the object `fr` names, imported from a file of the project (`import { fr } from
/// './fr'`) or declared in the file itself (`const fr = defineConfig({ … })`), and a name declared
/// as a constant string (`const siteName = 'Repomix'`) becomes that string where it is a value
/// (`title: siteName`) or in a template (`` `${siteUrl}/` ``); a name declared as an object or a
/// list, here or in a file imported, becomes its text where it is a value (`sidebar: guide`) or
/// a property written short (`{ nav, sidebar, locales }`, `locales: locales`). Nothing runs:
/// what code builds names nothing.
enum JavaScriptModules {
    /// `js`, the text of `file`, with its spreads and constants written in; files are read only
    /// inside `project`.
    static func inlined(_ js: String, at file: URL, project: URL) -> String {
        var reading = Reading(project: project.resolvingSymlinksInPath().standardizedFileURL.path)
        return inlined(js, at: file, constants: [:], depth: 0, reading: &reading)
    }

    /// What one call reads: the project's folder (its real path), the text left to write in, and
    /// each file imported already, written in (a file imported by many spreads is read once).
    private struct Reading {
        var project: String
        var budget = maximumSize
        var files: [String: [UInt8]] = [:]
        var modules: [String: Module] = [:]
    }

    /// How deep files importing files are followed.
    static let maximumDepth = 4
    /// The most text written in and read, over all the files: a settings file is some kilobytes.
    static let maximumSize = 4 << 20
    /// The largest file imported.
    static let maximumFileSize = 1 << 20

    private struct Token {
        var token: JavaScriptToken
        var range: Range<Int>
    }

    /// `constants`: those of the file an object's text comes from.
    private static func inlined(_ js: String, at file: URL, constants: [String: String], depth: Int, reading: inout Reading) -> String {
        let bytes = Array(js.utf8)
        let module = Module(bytes)
        guard !module.spreads.isEmpty || !module.constantUses.isEmpty || !module.templates.isEmpty || !module.shorthands.isEmpty else { return js }
        let constants = constants.merging(module.constants) { _, own in own }
        func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'" }
        var replacements: [(Range<Int>, String)] = module.constantUses.compactMap { use in constants[use.name].map { (use.range, quoted($0)) } }
        /// The text of the object or list `name` declares, here or in a file imported, written in.
        func value(of name: String) -> String? {
            guard depth < maximumDepth, reading.budget > 0 else { return nil }
            var text: String?
            if let local = module.objects[name] ?? module.arrays[name] {
                text = inlined(String(decoding: bytes[local], as: UTF8.self), at: file, constants: constants, depth: depth + 1, reading: &reading)
                if module.objects[name] != nil { text = "{" + text! + "}" }
            } else if let source = module.imports[name], let (imported, exported) = read(source.path, from: file, depth: depth, reading: &reading) {
                if let range = exported.objects[source.name] {
                    text = "{" + String(decoding: imported[range], as: UTF8.self) + "}"
                } else if let range = exported.arrays[source.name] {
                    text = String(decoding: imported[range], as: UTF8.self)
                }
            }
            reading.budget -= text?.utf8.count ?? 0
            return text
        }
        for use in module.constantUses where constants[use.name] == nil {
            if let text = value(of: use.name) { replacements.append((use.range, text)) }
        }
        for use in module.shorthands where constants[use.name] == nil {
            if let text = value(of: use.name) { replacements.append((use.range, use.name + ": " + text)) }
        }
        for range in module.templates {
            if let text = filled(String(decoding: bytes[range].dropFirst().dropLast(), as: UTF8.self), with: constants) { replacements.append((range, quoted(text))) }
        }
        for spread in module.spreads where depth < maximumDepth && reading.budget > 0 {
            var body: String?
            if let local = module.objects[spread.name] {
                let text = String(decoding: bytes[local], as: UTF8.self)
                body = inlined(text, at: file, constants: constants, depth: depth + 1, reading: &reading)
            } else if let source = module.imports[spread.name], let (imported, exported) = read(source.path, from: file, depth: depth, reading: &reading) {
                if let range = exported.objects[source.name] { body = String(decoding: imported[range], as: UTF8.self) }
            }
            guard var body = body?.trimmingCharacters(in: .whitespacesAndNewlines) else { continue }
            if body.hasSuffix(",") { body.removeLast() }  // `...fr,` is followed by its own comma
            reading.budget -= body.utf8.count + 1
            replacements.append((spread.range, body))
        }
        guard !replacements.isEmpty else { return js }
        var out: [UInt8] = []
        var at = 0
        for (range, text) in replacements.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) where range.lowerBound >= at {
            out += bytes[at..<range.lowerBound]
            out += Array(text.utf8)
            at = range.upperBound
        }
        out += bytes[at...]
        return String(decoding: out, as: UTF8.self)
    }

    /// `template`, the inside of a template string, with each `${name}` the constant it names;
    /// `nil` when one is not a known name.
    private static func filled(_ template: String, with constants: [String: String]) -> String? {
        var out = ""
        var rest = Substring(template)
        guard !template.contains("\n") else { return nil }  // a page of text, not an address
        while let open = rest.range(of: "${") {
            guard let close = rest[open.upperBound...].firstIndex(of: "}"),
                let value = constants[rest[open.upperBound..<close].trimmingCharacters(in: .whitespaces)]
            else { return nil }
            out += rest[..<open.lowerBound] + value
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The text of the file a relative import names (`./fr`, `../config/shared.ts`), and what it declares (read once), with the
    /// extensions TypeScript and JavaScript allow it to leave out, written in; only a file of the
    /// project (its real path inside it: no symbolic link leads out), of at most ``maximumFileSize``.
    private static func read(_ path: String, from file: URL, depth: Int, reading: inout Reading) -> ([UInt8], Module)? {
        let base = file.deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL
        let candidates = [""] + [".ts", ".mts", ".js", ".mjs", ".cjs", "/index.ts", "/index.js"]
        for suffix in candidates {
            let url = URL(fileURLWithPath: base.path + suffix).resolvingSymlinksInPath()
            if let text = reading.files[url.path] { return (text, reading.modules[url.path] ?? Module([])) }
            var isFolder: ObjCBool = false
            guard url.path.hasPrefix(reading.project + "/"), FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
                let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size <= maximumFileSize, size <= reading.budget,
                let data = FileManager.default.contents(atPath: url.path)
            else { continue }
            reading.budget -= data.count
            reading.files[url.path] = []  // being read: an import back to it finds no object
            let text = Array(inlined(String(decoding: data, as: UTF8.self), at: url, constants: [:], depth: depth + 1, reading: &reading).utf8)
            let module = Module(text)
            reading.files[url.path] = text
            reading.modules[url.path] = module  // read once, however many names it gives
            return (text, module)
        }
        return nil
    }

    /// What a file declares, imports and spreads, from its tokens.
    private struct Module {
        /// Constant strings by name: `const siteName = 'Repomix'`.
        var constants: [String: String] = [:]
        /// The bytes inside the braces of each object declared at the top, by name, `default`
        /// for `export default defineConfig({ … })`.
        var objects: [String: Range<Int>] = [:]
        /// The bytes of each list declared at the top, brackets included, by name.
        var arrays: [String: Range<Int>] = [:]
        /// Properties written short, `{ nav, sidebar }`: the name, where it is written.
        var shorthands: [(name: String, range: Range<Int>)] = []
        /// Names imported from relative paths: the path, and the name exported there (`default`
        /// for `import fr from './fr'`).
        var imports: [String: (path: String, name: String)] = [:]
        /// `...name`, where it is written.
        var spreads: [(name: String, range: Range<Int>)] = []
        /// Names used as a value (`title: siteName`), where they are written.
        var constantUses: [(name: String, range: Range<Int>)] = []
        /// Template strings with `${…}` in them, where they are written, backticks included.
        var templates: [Range<Int>] = []

        init(_ bytes: [UInt8]) {
            var reader = JavaScriptTokens(bytes)
            var tokens: [Token] = []
            while let token = reader.next() { tokens.append(Token(token: token, range: reader.start..<reader.i)) }
            var depth = 0
            var brackets: [UInt8] = []  // the open brackets, innermost last
            var i = 0
            func word(_ at: Int) -> String? {
                guard at < tokens.count, case .word(let word) = tokens[at].token else { return nil }
                return word
            }
            while i < tokens.count {
                let token = tokens[i]
                switch token.token {
                case .open(let bracket):
                    depth += 1
                    brackets.append(bracket)
                case .close:
                    depth = max(0, depth - 1)
                    _ = brackets.popLast()
                case .word(let name) where brackets.last == UInt8(ascii: "{") && i > 0 && i + 1 < tokens.count:
                    // `{ nav, sidebar }`: a name alone between `{` or `,` and `,` or `}`.
                    let before = tokens[i - 1].token, after = tokens[i + 1].token
                    let opens: Bool = { if case .open(UInt8(ascii: "{")) = before { return true }; if case .comma = before { return true }; return false }()
                    let ends: Bool = { if case .comma = after { return true }; if case .close(UInt8(ascii: "}")) = after { return true }; return false }()
                    if opens, ends, !["true", "false", "null", "undefined"].contains(name), name.first.map({ !$0.isNumber }) ?? false {
                        shorthands.append((name, token.range))
                    }
                case .word("import") where depth == 0:
                    i = readImport(tokens, from: i + 1)
                    continue
                case .word(let keyword) where depth == 0 && ["const", "let", "var"].contains(keyword):
                    if let name = word(i + 1) { readDeclaration(of: name, tokens, bytes, from: i + 2) }
                case .word("export") where depth == 0 && word(i + 1) == "default":
                    if let range = Self.object(tokens, from: i + 2) { objects["default"] = range }
                case .other where bytes[token.range.lowerBound] == UInt8(ascii: "`") && token.range.count > 2:
                    templates.append(token.range)
                case .other where i + 3 < tokens.count && tokens[i].range.upperBound == tokens[i + 1].range.lowerBound:
                    // `...name`: three `.` and a word, the dots written together.
                    if case .other = tokens[i + 1].token, case .other = tokens[i + 2].token, let name = word(i + 3),
                        tokens[i + 2].range.upperBound == tokens[i + 3].range.lowerBound,
                        tokens[i].range.count == 1, tokens[i + 1].range.count == 1, tokens[i + 2].range.count == 1
                    {
                        spreads.append((name, tokens[i].range.lowerBound..<tokens[i + 3].range.upperBound))
                        i += 4
                        continue
                    }
                case .colon where depth > 0:
                    // `key: name` followed by `,` or the object's end: a name used as a value.
                    if let name = word(i + 1), i + 2 < tokens.count {
                        switch tokens[i + 2].token {
                        case .comma, .close: constantUses.append((name, tokens[i + 1].range))
                        default: break
                        }
                    }
                default: break
                }
                i += 1
            }
        }

        /// `{ a, b as c } from './x'` or `a from './x'`, after `import`; the index after it.
        private mutating func readImport(_ tokens: [Token], from start: Int) -> Int {
            var i = start
            var names: [(local: String, exported: String)] = []
            if i < tokens.count, case .word(let name) = tokens[i].token, name != "type" || !isOpen(tokens, i + 1) {
                names.append((name, "default"))
                i += 1
            } else {
                if i < tokens.count, case .word("type") = tokens[i].token { i += 1 }
                guard isOpen(tokens, i) else { return start }
                i += 1
                var words: [String] = []
                while i < tokens.count {
                    switch tokens[i].token {
                    case .word(let word): words.append(word)
                    case .comma, .close:
                        let kept = words.filter { $0 != "type" }
                        if let exported = kept.first { names.append((kept.count == 3 && kept[1] == "as" ? kept[2] : exported, exported)) }
                        words = []
                    default: break
                    }
                    if case .close = tokens[i].token { break }
                    i += 1
                }
                i += 1
            }
            guard i + 1 < tokens.count, case .word("from") = tokens[i].token, case .text(let path) = tokens[i + 1].token,
                path.hasPrefix("./") || path.hasPrefix("../")
            else { return i }
            for name in names { imports[name.local] = (path, name.exported) }
            return i + 2
        }

        private func isOpen(_ tokens: [Token], _ i: Int) -> Bool {
            guard i < tokens.count, case .open(UInt8(ascii: "{")) = tokens[i].token else { return false }
            return true
        }

        /// What follows `const name`: a type (`: DefaultTheme.Config`) up to `=`, then a constant
        /// string or an object (`{ … }`, `defineConfig({ … })`).
        private mutating func readDeclaration(of name: String, _ tokens: [Token], _ bytes: [UInt8], from start: Int) {
            var i = start
            var depth = 0
            while i < tokens.count {
                switch tokens[i].token {
                case .open: depth += 1
                case .close: depth -= 1
                case .equals where depth == 0:
                    // A string alone, not one an operator joins to more (`'a' + b`).
                    if i + 1 < tokens.count, case .text(let text) = tokens[i + 1].token,
                        i + 2 >= tokens.count || { if case .other = tokens[i + 2].token { return bytes[tokens[i + 2].range.lowerBound] == UInt8(ascii: ";") } else { return true } }()
                    {
                        constants[name] = text
                    } else if let range = Self.object(tokens, from: i + 1) {
                        objects[name] = range
                    } else if let range = Self.array(tokens, from: i + 1) {
                        arrays[name] = range
                    }
                    return
                default: break
                }
                if depth < 0 { return }
                i += 1
            }
        }

        /// The list that starts at `start`, `[ … ]`, brackets included.
        static func array(_ tokens: [Token], from start: Int) -> Range<Int>? {
            guard start < tokens.count, case .open(UInt8(ascii: "[")) = tokens[start].token, let close = closing(tokens, start) else { return nil }
            return tokens[start].range.lowerBound..<tokens[close].range.upperBound
        }

        /// The inside of the object that starts at `start`: `{ … }`, or a call around it
        /// (`defineConfig({ … })`, `defineUserConfig<Theme>({ … })` not: a type argument is code).
        static func object(_ tokens: [Token], from start: Int) -> Range<Int>? {
            var open = start
            if open + 1 < tokens.count, case .word = tokens[open].token, case .open(UInt8(ascii: "(")) = tokens[open + 1].token { open += 2 }
            guard open < tokens.count, case .open(UInt8(ascii: "{")) = tokens[open].token, let close = closing(tokens, open) else { return nil }
            return tokens[open].range.upperBound..<tokens[close].range.lowerBound
        }

        /// The token that closes the bracket opened at `open`.
        private static func closing(_ tokens: [Token], _ open: Int) -> Int? {
            var depth = 0
            for i in open..<tokens.count {
                switch tokens[i].token {
                case .open: depth += 1
                case .close:
                    depth -= 1
                    if depth == 0 { return i }
                default: break
                }
            }
            return nil
        }
    }
}
