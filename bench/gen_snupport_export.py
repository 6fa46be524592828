#!/usr/bin/env python3
"""Writes a deterministic `mongoexport` of a SNUpport knowledge base, for `repere import snupport`.

    bench/gen_snupport_export.py --articles 1000 --out /tmp/kb/knowledgebases.json
    bench/gen_snupport_export.py --articles 1000 --out kb.json --feedback fb.json --searches s.json --array

The export has the fields of SNUpport's Mongoose model `knowledgebase` in MongoDB Extended JSON
(`{"$oid": …}`, `{"$date": "…"}`, some `{"$date": {"$numberLong": …}}` and `{"$numberInt": …}`):
a tree of sections in the SNU's areas (Phase 0 to Phase 3, Mon compte, Classes engagées,
structures, référents, centres, transport), three levels deep at most; articles with French
titles and slugs made as SNUpport makes them (apostrophes dropped: « je m'inscris » →
`je-minscris`); reader roles from SNUpport's vocabulary, cut down the tree; statuses about
85 % PUBLISHED, 8 % DRAFT, 7 % ARCHIVED; Slate.js bodies with every node type of the editor
(paragraphs with bold, italic and underline, headings one to three, nested bulleted and
numbered lists, block quotes, links to other articles in the three forms of the old site,
external links, images, Vimeo videos, line breaks, non-breaking spaces, emoji).

Unless --clean, a few of the problems of a real export are planted, so the import report
has something to say: records whose parent is missing, an article inside an article, links to
slugs that do not exist and to drafts, an unknown node type, an unknown role, a child asking
for more roles than its section, a record no role can read, an image without address.

Only the standard library; the same options always give the same bytes (seed 42).
"""
import argparse
import datetime
import json
import random
import sys
import unicodedata

ROLES_YOUNG = ["public", "young", "young_cle", "referent", "admin"]
ROLES_STAFF = ["referent", "structure", "head_center", "head_center_adjoint", "visitor", "admin",
               "administrateur_cle", "administrateur_cle_coordinateur_cle", "referent_classe"]

AREAS = [
    ("Phase 0 : les inscriptions", "Phase 0", "how_to_reg", ROLES_YOUNG,
     ["Je m'inscris", "Mon dossier", "Mes représentants légaux", "Éligibilité", "Documents à fournir"]),
    ("Phase 1 : le séjour de cohésion", "Phase 1", "holiday_village", ROLES_YOUNG + ["head_center"],
     ["Avant le départ", "Ma valise", "La vie au centre", "Santé et aménagements", "Après le séjour"]),
    ("Phase 2 : la mission d'intérêt général", "Phase 2", "volunteer_activism", ROLES_YOUNG + ["structure"],
     ["Trouver une mission", "Le contrat d'engagement", "Valider ma MIG", "Les équivalences"]),
    ("Phase 3 : l'engagement", "Phase 3", "military_tech", ROLES_YOUNG,
     ["Service civique", "Réserves", "Journée défense et citoyenneté"]),
    ("Mon compte", "Mon compte", "account_circle", ROLES_YOUNG + ["structure", "head_center"],
     ["Connexion", "Mes informations", "Mes notifications"]),
    ("Classes engagées", "CLE", "school", ["public", "young_cle", "referent", "administrateur_cle",
                                             "administrateur_cle_coordinateur_cle", "referent_classe", "admin"],
     ["Créer une classe", "Inscrire les élèves", "Le séjour de la classe", "Les établissements"]),
    ("Structures d'accueil", "Structures", "apartment", ["structure", "referent", "admin", "visitor"],
     ["Créer ma structure", "Proposer une mission", "Suivre les volontaires"]),
    ("Référents", "Référents", "badge", ["referent", "admin", "visitor"],
     ["Tableau de bord", "Instruction des dossiers", "Affectations", "Utilisateurs"]),
    ("Chefs de centre", "Centres", "cottage", ["head_center", "head_center_adjoint", "referent", "admin"],
     ["Préparer le séjour", "Présences", "Incidents"]),
    ("Transport", "Transport", "directions_bus", ["referent", "head_center", "transporter", "admin", "young"],
     ["Plan de transport", "Points de rassemblement", "Lignes de bus"]),
]

VERBS = ["Je crée", "Je modifie", "Je consulte", "Je valide", "Je télécharge", "Je téléverse", "Je signale",
         "J'invite", "J'accède à", "Je remplis", "Je signe", "J'annule", "Je prépare", "Je suis", "Je change"]
OBJECTS = ["mon dossier", "ma pièce d'identité", "le contrat d'engagement", "ma mission", "mon séjour",
           "la fiche sanitaire", "le droit à l'image", "mon point de rassemblement", "ma ligne de bus",
           "un nouvel utilisateur", "la liste des volontaires", "mon tableau de bord", "une équivalence",
           "le consentement de mes parents", "mon affectation", "la convocation", "mon attestation",
           "ma classe engagée", "le règlement intérieur", "mes disponibilités", "le trousseau", "mon certificat JDC"]
QUESTIONS = ["Que faire si {o} est refusé ?", "Comment modifier {o} ?", "Où trouver {o} ?",
             "Pourquoi {o} n'apparaît-il pas ?", "Quand recevrai-je {o} ?", "Qui valide {o} ?"]
SENTENCES = [
    "Connectez-vous à votre espace avec l'adresse e-mail de votre inscription.",
    "Le référent départemental reçoit une notification et traite la demande sous 48\u00a0heures.",
    "Pensez à vérifier vos courriers indésirables : les messages du SNU y arrivent parfois.",
    "La phase 1 dure douze jours, dans un centre situé hors de votre département.",
    "Votre mission d'intérêt général compte 84\u00a0heures, à réaliser dans l'année qui suit le séjour.",
    "Les documents doivent être lisibles, en couleur, au format PDF, JPG ou PNG.",
    "En cas de problème, contactez le support depuis la page Contact\u00a0: une réponse arrive sous trois jours ouvrés.",
    "Le point de rassemblement est indiqué sur votre convocation, avec l'heure de départ du car.",
    "Les représentants légaux signent le consentement depuis le lien reçu par e-mail.",
    "Une équivalence peut être demandée pour le BAFA, les JSP ou un service civique déjà réalisé.",
    "Le chef de centre saisit les présences chaque matin avant 10\u00a0heures.",
    "Les classes engagées partent sur le temps scolaire, avec leur professeur référent.",
]
EMOJI = ["🎉", "✅", "📄", "🚌", "⚠️", "👉"]


def slugify(text):
    """As SNUpport's slugify(title, {lower, strict, locale: "fr", remove: /[*+~.()'"!?:@]/g})."""
    text = "".join(c for c in text if c not in "*+~.()'\"!?:@’")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    out, dash = [], False
    for c in text:
        if c.isalnum():
            if dash and out:
                out.append("-")
            out.append(c)
            dash = False
        else:
            dash = True
    return "".join(out)


class Generator:
    def __init__(self, seed, clean):
        self.rng = random.Random(seed)
        self.clean = clean
        self.records = []
        self.slugs = set()
        self.counter = 0

    def oid(self):
        self.counter += 1
        return "65%022x" % (0x1F2E3D4C5B6A798 * 1000 + self.counter)

    def unique_slug(self, title):
        base = slugify(title) or "fiche"
        slug, n = base, 1
        while slug in self.slugs:
            slug = "%s-%d" % (base, n)
            n += 1
        self.slugs.add(slug)
        return slug

    @staticmethod
    def iso(ms):
        seconds, millis = divmod(ms, 1000)
        stamp = datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
        return {"$date": "%s.%03dZ" % (stamp, millis)}

    def date(self):
        """A day of 2021 to mid-2024, as mongoexport writes it (1 in 10 in canonical form)."""
        ms = self.rng.randint(1609459200, 1719705600) * 1000 + self.rng.randint(0, 999)
        if self.rng.random() < 0.1:
            return {"$date": {"$numberLong": str(ms)}}, ms
        return self.iso(ms), ms

    def later(self, ms):
        return self.iso(ms + self.rng.randint(3600, 400 * 86400) * 1000)

    def record(self, kind, title, parent, position, roles, status="PUBLISHED", **extra):
        created, ms = self.date()
        r = {
            "_id": {"$oid": self.oid()},
            "type": kind,
            "title": title,
            "slug": self.unique_slug(title),
            "position": {"$numberInt": str(position)} if self.rng.random() < 0.05 else position,
            "status": status,
            "allowedRoles": roles,
            "author": {"$oid": "64%022x" % self.rng.randint(1, 40)},
            "read": self.rng.randint(0, 5000),
            "searched": self.rng.randint(0, 800),
            "createdAt": created,
            "updatedAt": self.later(ms),
            "__v": 0,
        }
        if parent is not None:
            r["parentId"] = parent["_id"]
        if kind == "article" and self.rng.random() < 0.7:
            r["contentUpdatedAt"] = self.later(ms)
        r.update(extra)
        self.records.append(r)
        return r

    def narrower(self, roles):
        if self.rng.random() < 0.75 or len(roles) < 3:
            return list(roles)
        kept = [r for r in roles if self.rng.random() < 0.7 or r == "admin"]
        return kept or list(roles)

    # Slate.js ---------------------------------------------------------------------------

    def leaf(self, text):
        rng = self.rng
        leaf = {"text": text}
        roll = rng.random()
        if roll < 0.08:
            leaf["bold"] = True
        elif roll < 0.12:
            leaf["italic"] = True
        elif roll < 0.14:
            leaf["underline"] = True
        elif roll < 0.15:
            leaf["bold"] = leaf["italic"] = True
        return leaf

    def text_run(self):
        rng = self.rng
        words = rng.choice(SENTENCES).split(" ")
        cut = rng.randint(2, max(3, len(words) - 2))
        children = [self.leaf(" ".join(words[:cut]) + " "), self.leaf(" ".join(words[cut:]))]
        if rng.random() < 0.1:
            children[-1]["text"] += " " + rng.choice(EMOJI)
        if rng.random() < 0.05:
            children.append({"text": "\nLigne suivante après un retour à la ligne."})
        return children

    def link(self, articles):
        rng = self.rng
        target = rng.choice(articles)
        form = rng.random()
        if form < 0.5:
            url = "/base-de-connaissance/" + target["slug"]
        elif form < 0.8:
            url = "https://support.snu.gouv.fr/base-de-connaissance/" + target["slug"]
        else:
            url = target["slug"]
        text = url if rng.random() < 0.1 else "la fiche « %s »" % target["title"]
        return {"type": "link", "url": url, "children": [{"text": text}]}

    def paragraph(self, articles):
        children = self.text_run()
        rng = self.rng
        if articles and rng.random() < 0.35:
            children += [{"text": " Voir "}, self.link(articles), {"text": "."}]
        elif rng.random() < 0.1:
            children += [{"text": " Plus d'informations sur "},
                         {"type": "link", "url": "https://www.snu.gouv.fr/", "children": [{"text": "le site du SNU"}]},
                         {"text": "."}]
        return {"type": "paragraph", "children": children}

    def list_node(self, depth=0):
        rng = self.rng
        kind = rng.choice(["bulleted-list", "numbered-list"])
        items = []
        for _ in range(rng.randint(2, 5)):
            item = {"type": "list-item", "children": [self.leaf(rng.choice(OBJECTS).capitalize())]}
            if depth == 0 and rng.random() < 0.15:
                item["children"].append(self.list_node(depth + 1))
            items.append(item)
        return {"type": kind, "children": items}

    def body(self, title, articles):
        rng = self.rng
        nodes = [self.paragraph(articles)]
        for _ in range(rng.randint(2, 9)):
            roll = rng.random()
            if roll < 0.35:
                nodes.append(self.paragraph(articles))
            elif roll < 0.55:
                level = rng.choice(["heading-one", "heading-one", "heading-two", "heading-three"])
                nodes.append({"type": level, "children": [{"text": rng.choice(["Étape ", "À savoir : ", "En résumé ", "Cas particulier : "]) + rng.choice(OBJECTS)}]})
            elif roll < 0.75:
                nodes.append(self.list_node())
            elif roll < 0.83:
                nodes.append({"type": "block-quote", "children": self.text_run()})
            elif roll < 0.93:
                name = slugify(rng.choice(OBJECTS))
                nodes.append({"type": "image", "url": "https://snupport-kb.cellar-c2.services.clever-cloud.com/kb/%s-%d.png" % (name, rng.randint(1, 400)),
                              "alt": "Capture d'écran : " + rng.choice(OBJECTS), "children": [{"text": ""}]})
                nodes.append({"type": "paragraph", "children": [{"text": ""}]})
            else:
                nodes.append({"type": "video", "url": "https://player.vimeo.com/video/%d" % rng.randint(100000000, 999999999), "children": [{"text": ""}]})
        return nodes

    # The tree -----------------------------------------------------------------------------

    def build(self, articles_wanted):
        rng = self.rng
        sections = []  # (record, roles, depth)
        for position, (title, group, icon, roles, subs) in enumerate(AREAS, start=1):
            top = self.record("section", title, None, position, roles, group=group, icon=icon,
                              description="Les fiches « %s » de la base de connaissance." % group)
            sections.append((top, roles, 0))
            for sub_position, sub in enumerate(subs, start=1):
                sub_roles = self.narrower(roles)
                child = self.record("section", sub, top, sub_position, sub_roles,
                                    description="%s : les questions fréquentes." % sub)
                sections.append((child, sub_roles, 1))
                if rng.random() < 0.3:
                    deep_roles = self.narrower(sub_roles)
                    deep = self.record("section", "%s : cas particuliers" % sub, child, len(subs) + 1, deep_roles,
                                       status="ARCHIVED" if rng.random() < 0.1 else "PUBLISHED")
                    sections.append((deep, deep_roles, 2))
        leaves = [s for s in sections if s[2] > 0]
        articles = []
        positions = {}
        for n in range(articles_wanted):
            section, roles, _ = leaves[n % len(leaves)] if n < len(leaves) else rng.choice(leaves)
            positions[section["slug"]] = positions.get(section["slug"], 0) + 1
            roll = rng.random()
            status = "PUBLISHED" if roll < 0.85 else "DRAFT" if roll < 0.93 else "ARCHIVED"
            if rng.random() < 0.6:
                title = "%s %s" % (rng.choice(VERBS), rng.choice(OBJECTS))
            else:
                title = rng.choice(QUESTIONS).format(o=rng.choice(OBJECTS))
            extra = {"description": rng.choice(SENTENCES)}
            if rng.random() < 0.6:
                extra["keywords"] = ", ".join(rng.sample(["inscription", "dossier", "séjour", "MIG", "transport", "bus", "PDR",
                                                          "contrat", "équivalence", "JDC", "CLE", "téléverser", "convocation"], 3))
            if rng.random() < 0.1:
                extra["imageSrc"] = "https://snupport-kb.cellar-c2.services.clever-cloud.com/kb/carte-%d.png" % n
                extra["imageAlt"] = "Illustration : " + rng.choice(OBJECTS)
            article = self.record("article", title, section, positions[section["slug"]], self.narrower(roles), status, **extra)
            articles.append(article)
        linkable = [a for a in articles if a["status"] != "DRAFT"]
        for article in articles:
            article["content"] = self.body(article["title"], linkable)
        if not self.clean:
            self.plant_problems(sections, articles)

    def plant_problems(self, sections, articles):
        rng = self.rng
        published = [a for a in articles if a["status"] == "PUBLISHED"]
        drafts = [a for a in articles if a["status"] == "DRAFT"]
        for a in rng.sample(published, 3):  # parents missing from the export
            a["parentId"] = {"$oid": "65" + "f" * 22}
        inner, outer = rng.sample(published, 2)  # an article inside an article
        inner["parentId"] = outer["_id"]
        for a in rng.sample(published, 4):  # links to slugs that do not exist
            a["content"].append({"type": "paragraph", "children": [
                {"text": "Ancienne fiche : "},
                {"type": "link", "url": "/base-de-connaissance/fiche-supprimee-%s" % a["slug"][:12], "children": [{"text": "la procédure 2022"}]},
                {"text": "."}]})
        for a, d in zip(rng.sample(published, 2), drafts):  # links to drafts
            a["content"].append({"type": "paragraph", "children": [
                {"text": "Bientôt : "}, {"type": "link", "url": "/base-de-connaissance/" + d["slug"], "children": [{"text": "la nouvelle procédure"}]}]})
        for a in rng.sample(published, 2):  # a node type the editor does not make
            a["content"].append({"type": "table", "children": [{"type": "table-row", "children": [
                {"type": "table-cell", "children": [{"text": "Date limite"}]}, {"type": "table-cell", "children": [{"text": "15 mai"}]}]}]})
        rng.choice(published)["content"].append({"type": "image", "alt": "capture sans adresse", "children": [{"text": ""}]})
        rng.choice(published)["allowedRoles"] = ["young", "admin", "parent"]  # an unknown role (also cut)
        widened = rng.choice([a for a in published if "transporter" not in a["allowedRoles"]])
        widened["allowedRoles"] = widened["allowedRoles"] + ["transporter"]
        rng.choice(published)["allowedRoles"] = []  # nobody could read it


def feedback(gen, n):
    rng = gen.rng
    articles = [r for r in gen.records if r["type"] == "article"]
    comments = ["Merci, c'est clair.", "Il manque la date limite.", "Je ne trouve pas le bouton.",
                "Le lien ne marche pas, contactez-moi au 06 12 34 56 78", "Pas assez détaillé."]
    for i in range(n):
        created, _ = gen.date()
        entry = {"_id": {"$oid": gen.oid()}, "knowledgeBaseArticle": rng.choice(articles)["_id"],
                 "isPositive": rng.random() < 0.7, "createdAt": created,
                 "createdBy": {"$oid": "63%022x" % rng.randint(1, 10 ** 6)}, "__v": 0}
        if not entry["isPositive"] and rng.random() < 0.6:
            entry["comment"] = rng.choice(comments)
            if rng.random() < 0.3:
                entry["treatedAt"], _ = gen.date()
                entry["treatedBy"] = {"$oid": "64%022x" % rng.randint(1, 40)}
        yield entry


def searches(gen, n):
    rng = gen.rng
    words = ["valise", "trousseau", "convocation", "bus", "pdr", "mig", "contrat", "jdc", "équivalence",
             "téléverser", "mot de passe", "attestation", "changer de séjour", "cle", "annuler"]
    roles = ["public", "young", "young_cle", "referent", "structure", "head_center"]
    for i in range(n):
        created, _ = gen.date()
        yield {"_id": {"$oid": gen.oid()}, "search": rng.choice(words), "resultsNumber": rng.randint(0, 20),
               "role": rng.choice(roles), "createdAt": created, "__v": 0}


def write(path, documents, array):
    out = sys.stdout if path == "-" else open(path, "w", encoding="utf-8")
    lines = [json.dumps(d, ensure_ascii=False, separators=(",", ":")) for d in documents]
    out.write(("[" + ",\n".join(lines) + "]\n") if array else "".join(line + "\n" for line in lines))
    if out is not sys.stdout:
        out.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", default="-", help="the knowledgebases export (default: standard output)")
    parser.add_argument("--feedback", help="also write a feedbacks export (3 entries per article)")
    parser.add_argument("--searches", help="also write a kbsearches export (5 searches per article)")
    parser.add_argument("--array", action="store_true", help="a JSON array (mongoexport --jsonArray) instead of JSON lines")
    parser.add_argument("--clean", action="store_true", help="plant no problem")
    args = parser.parse_args()
    gen = Generator(args.seed, args.clean)
    gen.build(args.articles)
    write(args.out, gen.records, args.array)
    if args.feedback:
        write(args.feedback, list(feedback(gen, 3 * args.articles)), args.array)
    if args.searches:
        write(args.searches, list(searches(gen, 5 * args.articles)), args.array)


if __name__ == "__main__":
    main()
