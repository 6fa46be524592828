/// Suffixes with the rule to apply, searched longest first (Snowball `among`).
struct SuffixTable<Rule: Sendable>: Sendable {
    let entries: [(suffix: [Unicode.Scalar], rule: Rule)]

    init(_ groups: [(suffixes: [String], rule: Rule)]) {
        entries = groups
            .flatMap { group in group.suffixes.map { (Array($0.unicodeScalars), group.rule) } }
            .sorted { $0.suffix.count > $1.suffix.count }
    }
}

extension StemBuffer {
    enum StandardRule: Sendable {
        case deleteInR2, ation, logie, ution, ence, ement, ite, ive, eaux, aux, oux, euse, issement
        case amment, emment, ment
    }

    enum AfterEmentRule: Sendable { case iv, eus, ablOrIqU, ier }
    enum AfterIteRule: Sendable { case abil, ic, iv }
    enum VerbRule: Sendable { case ions, delete, deleteWithE, ais }
    enum ResidualRule: Sendable { case ion, ier, e }

    static let standardSuffixes = SuffixTable<StandardRule>([
        (["ance", "iqUe", "isme", "able", "iste", "eux", "ances", "iqUes", "ismes", "ables", "istes"], .deleteInR2),
        (["atrice", "ateur", "ation", "atrices", "ateurs", "ations"], .ation),
        (["logie", "logies"], .logie),
        (["usion", "ution", "usions", "utions"], .ution),
        (["ence", "ences"], .ence),
        (["ement", "ements"], .ement),
        (["ité", "ités"], .ite),
        (["if", "ive", "ifs", "ives"], .ive),
        (["eaux"], .eaux),
        (["aux"], .aux),
        (["oux"], .oux),
        (["euse", "euses"], .euse),
        (["issement", "issements"], .issement),
        (["amment"], .amment),
        (["emment"], .emment),
        (["ment", "ments"], .ment),
    ])

    static let afterEmentSuffixes = SuffixTable<AfterEmentRule>([
        (["iv"], .iv), (["eus"], .eus), (["abl", "iqU"], .ablOrIqU), (["ièr", "Ièr"], .ier),
    ])

    static let afterIteSuffixes = SuffixTable<AfterIteRule>([
        (["abil"], .abil), (["ic"], .ic), (["iv"], .iv),
    ])

    static let iVerbSuffixes = SuffixTable<Void>([(
        [
            "îmes", "ît", "îtes", "i", "ie", "ies", "ir", "ira", "irai", "iraIent", "irais", "irait", "iras",
            "irent", "irez", "iriez", "irions", "irons", "iront", "is", "issaIent", "issais", "issait",
            "issant", "issante", "issantes", "issants", "isse", "issent", "isses", "issez", "issiez",
            "issions", "issons", "it",
        ],
        ()
    )])

    static let verbSuffixes = SuffixTable<VerbRule>([
        (["ions"], .ions),
        (
            [
                "é", "ée", "ées", "és", "èrent", "er", "era", "erai", "eraIent", "erais", "erait", "eras",
                "erez", "eriez", "erions", "erons", "eront", "ez", "iez", "eais",
            ],
            .delete
        ),
        (
            [
                "âmes", "ât", "âtes", "a", "ai", "aIent", "ait", "ant", "ante", "antes", "ants", "as",
                "asse", "assent", "asses", "assiez", "assions",
            ],
            .deleteWithE
        ),
        (["ais", "aise", "aises"], .ais),
    ])

    static let residualSuffixes = SuffixTable<ResidualRule>([
        (["ion"], .ion), (["ier", "ière", "Ier", "Ière"], .ier), (["e"], .e),
    ])
}
