import RepereContent

/// SNUpport's reader roles (`allowedRoles`) and the audiences they become.
///
/// The vocabulary is `SCHEMA_ROLE` of `snupport-api/src/controllers/knowledgeBase.js`, in its
/// order, plus `dsnj`, which the public site labels too. Labels are those of the public site
/// (`translateRoleBDC`, `knowledge-base-public/src/utils/constants.js`); the three roles it
/// does not label take the label of the SNU's own role names (`packages/lib` `translateRoles`),
/// `responsible` made « Responsable de structure » so it does not read as `structure`'s
/// « Responsable ». An audience id is the role with `_` turned into `-`, as Repère's ids are
/// written (`young_cle` → `young-cle`).
package enum SnupportRoles {
    /// Role → French label, in the vocabulary's order.
    package static let vocabulary: [(role: String, label: String)] = [
        ("public", "Public"),
        ("young", "Volontaire HTS"),
        ("young_cle", "Volontaire CLE"),
        ("structure", "Responsable"),
        ("referent", "Référent"),
        ("referent_sanitaire", "Référent sanitaire"),
        ("head_center", "Chef de centre"),
        ("head_center_adjoint", "Chef de centre adjoint"),
        ("visitor", "Visiteur régional"),
        ("transporter", "Transporteur"),
        ("referent_classe", "Référent classe"),
        ("admin", "Modérateur"),
        ("administrateur_cle", "Administrateur CLE"),
        ("administrateur_cle_coordinateur_cle", "Admin CLE - Coordinateur"),
        ("administrateur_cle_referent_etablissement", "Admin CLE - Chef établissement"),
        ("responsible", "Responsable de structure"),
        ("dsnj", "DSNJ"),
    ]

    private static let labels = Dictionary(uniqueKeysWithValues: vocabulary.map { ($0.role, $0.label) })
    private static let rank = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1.role, $0) })

    package static func isKnown(_ role: String) -> Bool { labels[role] != nil }

    /// The audience id of a role.
    package static func audienceID(_ role: String) -> String {
        let id = Slug.make(from: role.replacingOccurrences(of: "_", with: "-"))
        return id.isEmpty ? "role" : id
    }

    /// The audiences of `roles` (known and unknown ones), in the vocabulary's order then by id,
    /// labelled; an unknown role is labelled with its id.
    package static func audiences(of roles: Set<String>) -> [Audience] {
        roles.sorted { (rank[$0] ?? Int.max, $0) < (rank[$1] ?? Int.max, $1) }
            .map { Audience(id: audienceID($0), label: labels[$0] ?? audienceID($0)) }
    }
}
