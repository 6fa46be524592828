import Foundation

extension ForeignConfiguration {
    /// VuePress' `locales:` in its configuration `js`: when a locale other than the root one is
    /// French (`'/fr/': { lang: 'fr-CA', title: …, description: … }`) and its folder is in the
    /// content folder, that folder is the content, with its title and description; the other
    /// languages are not read. Returns the locale's path (`/fr/`), or `nil`.
    mutating func readVuePressFrenchLocale(_ js: String, in folder: URL) -> String? {
        guard let locales = js.range(of: "locales") else { return nil }
        let text = String(js[locales.upperBound...])
        guard let regex = try? NSRegularExpression(pattern: #"['"](/[^'"/]+/)['"]\s*:\s*\{([^{}]*)\}"#) else { return nil }
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let pathRange = Range(match.range(at: 1), in: text), let bodyRange = Range(match.range(at: 2), in: text) else { continue }
            let body = String(text[bodyRange])
            guard let lang = Self.jsString("lang", in: body), lang.lowercased().hasPrefix("fr") else { continue }
            let path = String(text[pathRange])
            let name = path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            let localeFolder = contentDirectory == "." ? name : contentDirectory + "/" + name
            var isFolder: ObjCBool = false
            guard Self.isInside(localeFolder, project: folder),
                FileManager.default.fileExists(atPath: folder.appendingPathComponent(localeFolder).path, isDirectory: &isFolder), isFolder.boolValue
            else { continue }
            contentDirectory = localeFolder
            title = Self.jsString("title", in: body) ?? title
            description = Self.jsString("description", in: body) ?? description
            exclude = []  // `.vuepress/` is no longer in the content folder
            notCarried.append("the other languages of `locales:`: only the French pages, `\(localeFolder)/`, are read")
            return path
        }
        return nil
    }
}
