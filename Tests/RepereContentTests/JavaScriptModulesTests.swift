import Foundation
import RepereTestSupport
import Testing

@testable import RepereContent

/// Settings split over several files, read as one (`repere init --from vitepress`).
@Suite struct JavaScriptModulesTests {
    /// VitePress' own documentation's shape: `config/index.ts` spreads `shared` and each
    /// locale's object, imported from files beside it; constants fill values and templates.
    @Test func spreadsImportedFromFilesBesideAreWrittenIn() throws {
        let project = TemporaryDirectory()
        try project.write([
            ".vitepress/config/index.ts": """
                import { defineConfig } from 'vitepress'
                import { shared } from './shared'
                import { fr } from "./fr"
                import en from './en'
                export default defineConfig({
                  ...shared,
                  locales: {
                    root: { label: 'English', ...en },
                    fr: { label: 'Français', ...fr },
                  },
                })
                """,
            ".vitepress/config/shared.ts": """
                import { defineConfig, type HeadConfig } from 'vitepress'
                import { searchLocales } from './search'
                const siteName = 'Outil';
                const siteUrl = "https://outil.exemple.fr"
                const computed = siteName + '!'
                // A regular expression's quote is no string's; a division is no expression.
                const apostrophe = /[/']/g, half = (computed.length) / 2 / 1
                export const shared = defineConfig({
                  title: siteName,
                  srcDir: 'src',
                  sitemap: { hostname: `${siteUrl}/` },
                  head: [['meta', { content: `${unknown}` }]],
                  themeConfig: { search: { options: { locales: { ...searchLocales } } } },
                })
                """,
            ".vitepress/config/search.ts": "export const searchLocales = { fr: { placeholder: 'Chercher' } }\n",
            ".vitepress/config/fr.ts": """
                import { type DefaultTheme, defineConfig } from 'vitepress'
                export const fr = defineConfig({
                  lang: 'fr-FR',
                  description: 'Un outil',
                  themeConfig: { sidebar: { '/fr/guide/': [{ text: 'Guide', items: [{ text: 'Démarrer', link: '/fr/guide/' }] }] } },
                })
                """,
            ".vitepress/config/en.ts": "export default { lang: 'en-US', description: 'A tool' }\n",
        ])
        let file = project.url.appendingPathComponent(".vitepress/config/index.ts")
        let js = JavaScriptModules.inlined(try String(contentsOf: file, encoding: .utf8), at: file, project: project.url)
        #expect(js.contains("root: { label: 'English', lang: 'en-US', description: 'A tool' },"), "\(js)")
        #expect(js.contains("title: 'Outil',") && js.contains("hostname: 'https://outil.exemple.fr/'") && js.contains("content: `${unknown}`"), "\(js)")
        #expect(js.contains("locales: { fr: { placeholder: 'Chercher' } }") && js.contains("fr: { label: 'Français', lang: 'fr-FR',"), "\(js)")
        #expect(!js.contains("computed: '") && !js.contains("...shared"))
    }

    /// `repere init --from vitepress` on that shape: the French locale's folder, title, sidebar
    /// and address, the site's `locales:` told from its search's.
    @Test func aSplitVitePressConfigurationIsReadWhole() throws {
        let project = TemporaryDirectory()
        try project.write([
            ".vitepress/config/index.mts": """
                import { shared } from './shared'
                import { fr } from './fr'
                export default { ...shared, locales: { root: { label: 'English', lang: 'en' }, fr: { label: 'Français', ...fr } } }
                """,
            ".vitepress/config/shared.mts": """
                const site = 'https://outil.exemple.fr'
                export const shared = { title: 'Outil', srcDir: 'src', sitemap: { hostname: site },
                  themeConfig: { search: { options: { locales: { de: { placeholder: 'Suchen' } } } } } }
                """,
            ".vitepress/config/fr.mts": """
                export const fr = { lang: 'fr-FR', description: 'Un outil', themeConfig: { sidebar: { '/fr/guide/': [{ text: 'Guide', items: [{ text: 'Installer', link: '/fr/guide/installer' }] }] } } }
                """,
            "src/index.md": "# Tool\n", "src/fr/index.md": "# Outil\n", "src/fr/guide/installer.md": "# Installer\n", "src/de/index.md": "# Werkzeug\n",
        ])
        let config = try ForeignConfiguration.read(.vitepress, in: project.url)
        #expect(config.contentDirectory == "src/fr" && config.title == "Outil" && config.description == "Un outil")
        #expect(config.baseURL == "https://outil.exemple.fr/fr/" && config.source == ".vitepress/config/index.mts")
        #expect(config.navigationYAML?.contains("\"Installer\": \"guide/installer.md\"") == true, "\(config.navigationYAML ?? "")")
    }

    /// Found by the review: files spreading each other's objects many times are read once each
    /// (before, each spread read its file again: 37 s for 30 spreads, twice that for each more),
    /// and a symbolic link leading out of the project is not followed.
    @Test func importsAreReadOnceAndNeverOutsideTheProject() throws {
        let root = TemporaryDirectory()
        let spreads = { (name: String) in Array(repeating: "..." + name, count: 40).joined(separator: ", ") }
        try root.write([
            "projet/config.ts": "import { e } from './b'\nimport { secret } from './lien'\nexport const f = {}\nexport default { x: { \(spreads("e")) }, ...secret }\n",
            "projet/b.ts": "import { f } from './config'\nexport const e = { a: 1 }\nexport const g = { \(spreads("f")) }\n",
            "ailleurs.ts": "export const secret = { title: 'FUITE' }\n",
        ])
        try FileManager.default.createSymbolicLink(
            at: root.url.appendingPathComponent("projet/lien.ts"), withDestinationURL: root.url.appendingPathComponent("ailleurs.ts"))
        let file = root.url.appendingPathComponent("projet/config.ts")
        let js = JavaScriptModules.inlined(try String(contentsOf: file, encoding: .utf8), at: file, project: root.url.appendingPathComponent("projet"))
        #expect(js.components(separatedBy: "a: 1").count - 1 == 40 && !js.contains("FUITE"), "\(js.prefix(300))")
    }

    /// A spread of what no file of the project holds stays as written: a package's object, a
    /// path leaving the project, a file importing itself (read a few levels deep only).
    @Test func whatNoFileOfTheProjectHoldsStaysAsWritten() throws {
        let project = TemporaryDirectory()
        try project.write([
            "site/config.ts": """
                import { base } from '@vitepress/theme'
                import { outside } from '../../outside'
                import { loop } from './config'
                export const loop = { ...loop, a: 1 }
                export default { ...base, ...outside, ...loop }
                """,
        ])
        let file = project.url.appendingPathComponent("site/config.ts")
        let js = JavaScriptModules.inlined(try String(contentsOf: file, encoding: .utf8), at: file, project: project.url.appendingPathComponent("site"))
        #expect(js.contains("...base, ...outside,"), "\(js)")
        #expect(js.components(separatedBy: "a: 1").count - 1 <= 1 + JavaScriptModules.maximumDepth * 2, "\(js)")
    }

    /// Objects and lists declared apart (Starlight's `export const locales = { … }`, VitePress'
    /// `const guide = [ … ]`), here or in a file imported, are written in where a property names
    /// them, short (`{ nav, locales }`) or not (`items: guide`).
    @Test func objectsAndListsNamedByAPropertyAreWrittenIn() throws {
        let project = TemporaryDirectory()
        try project.write([
            "config.mjs": """
                import { nav } from './nav'
                export const locales = { root: { label: 'Français', lang: 'fr' } }
                const guide = [{ text: 'Démarrer', link: '/demarrer' }]
                const count = 2
                export default { themeConfig: { nav, locales, sidebar: { '/': [{ text: 'Guide', items: guide }] }, count, other } }
                """,
            "nav.mjs": "export const nav = [{ text: 'Accueil', link: '/' }]\n",
        ])
        let file = project.url.appendingPathComponent("config.mjs")
        let js = JavaScriptModules.inlined(try String(contentsOf: file, encoding: .utf8), at: file, project: project.url)
        #expect(js.contains("themeConfig: { nav: [{ text: 'Accueil', link: '/' }], locales: { root: { label: 'Français', lang: 'fr' } },"), "\(js)")
        #expect(js.contains("items: [{ text: 'Démarrer', link: '/demarrer' }] }] }, count, other } }"), "\(js)")
    }
}
