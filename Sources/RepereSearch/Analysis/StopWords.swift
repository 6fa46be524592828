/// French stop words, dropped from indexed text and from queries.
///
/// About 150 function words: articles, prepositions, conjunctions, pronouns, the common forms of
/// *être* and *avoir*, the elided forms (`l'`, `qu'`, `jusqu'`…), and the question words
/// (`comment`, `pourquoi`, `quand`…), which fill help-page titles without telling topics apart.
/// The test is accent-insensitive: a word is looked up by its folded form in the folded list, so
/// `à`/`a`, `où`/`ou` and `être`/`etre` all count. The price is that `sûr`, `dû` and `maïs` are
/// dropped with `sur`, `du` and `mais`.
///
/// Keep identical to `STOP_WORD_LIST` in `Runtime/analysis.mjs`: each test suite checks that the
/// other side's words are stop words here.
enum StopWords {
    static let words: [String] = [
        // elided forms
        "c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "quelqu",
        // articles, prepositions, conjunctions
        "le", "la", "les", "un", "une", "des", "de", "du", "au", "aux", "à", "en", "dans", "par", "pour",
        "sur", "avec", "sans", "chez", "entre", "vers", "pendant", "durant", "lors", "selon",
        "et", "ou", "mais", "donc", "ni", "car", "si",
        "comme", "que", "lorsque", "puisque", "quoique", "jusque", "parce",
        // determiners and pronouns
        "ce", "cet", "cette", "ces", "ça", "ceci", "cela", "celui", "celle", "ceux", "celles",
        "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos",
        "leur", "leurs", "je", "me", "moi", "tu", "te", "toi", "il", "elle", "on", "nous", "vous",
        "ils", "elles", "lui", "eux", "se", "soi", "y", "qui", "quoi", "dont", "où",
        "lequel", "laquelle", "lesquels", "lesquelles",
        // question words
        "comment", "pourquoi", "quand", "combien", "quel", "quelle", "quels", "quelles",
        // negation and adverbs
        "ne", "pas", "plus", "non", "très", "aussi", "déjà", "ici", "là", "etc",
        // être and avoir
        "être", "est", "es", "suis", "sommes", "êtes", "sont", "été", "était", "étaient", "sera",
        "seront", "soit", "avoir", "a", "ai", "as", "avons", "avez", "ont", "eu", "avait", "avaient",
        "aura", "auront",
    ]

    /// The folded forms of `words`.
    static let folded: Set<String> = Set(words.map { AccentFolding.fold(Array($0.unicodeScalars)) })
}
