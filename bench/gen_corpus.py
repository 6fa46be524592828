#!/usr/bin/env python3
"""Writes a deterministic French help-centre knowledge base for Repère's benchmarks.

The help centre is that of "Campus Pro", a fictional platform for training organisations
(sessions, trainees, attendance sheets, agreements, invoices, funding, quality audits).
The same --n, --seed, --broken-ratio and --git-commits always give the same bytes (and,
with --git-commits, the same commit ids), so Repère and its peers read the same input.

Written under --out:

  index.md                            home page: a few links per category
  faq/<category>/<topic>/<slug>.md    questions with a short answer (type: faq)
  tutorials/<category>/<slug>.md      long step-by-step pages (type: tutorial): headings,
                                      numbered steps, GFM tables, code spans and fenced code,
                                      images, callouts (GitHub alerts and bold labels)
  images/ecran-NN.png                 small valid PNG "screenshots" referenced by pages

Every page has YAML front-matter (title, description, type, category, tags, optionally
audience; tutorials also an order) and relative `.md` links to other pages; every page is
linked from the previous one in its folder, so none is an orphan. --broken-ratio makes that
share of the links point to files that do not exist (default 0: a clean corpus builds).
No `_section.md` is written unless --section-files is given (folders then get titles).

With --git-commits K, --out becomes a Git repository (branch main) with exactly K commits
over three and a half years: an initial import, pages added later, edits with a skewed
popularity (a few pages edited very often), some renames and some pages added then
deleted. Authors and dates are fixed in the commits (Europe/Paris offsets), so the history
is the same on every machine; HEAD is the checked-out tree. `.peers/` is listed in
.git/info/exclude for the peer projects (bench/peers/) that live inside the corpus.

Uses only the Python standard library and the `git` command (for --git-commits).
"""

import argparse
import bisect
import datetime
import os
import posixpath
import random
import re
import shutil
import struct
import subprocess
import sys
import time
import unicodedata
import zlib

# --------------------------------------------------------------------------------------------
# Vocabulary. Noun phrases carry their article and (gender, number) for agreement.
# --------------------------------------------------------------------------------------------

# (name, topics, objects, preferred tags, preferred audiences, weight)
CATEGORIES = [
    ("Premiers pas", ["Créer son espace", "Navigation", "Profil"],
     [("le compte de l'organisme", "m", "s"), ("la page d'accueil", "f", "s"), ("le profil utilisateur", "m", "s"),
      ("les préférences d'affichage", "f", "p"), ("le menu principal", "m", "s"), ("l'espace personnel", "m", "s")],
     ["prise en main", "profil", "navigation", "application mobile"], ["gestionnaire", "formateur", "stagiaire"], 5),
    ("Comptes et connexion", ["Mot de passe", "Double authentification", "Rôles et droits"],
     [("le mot de passe", "m", "s"), ("le code de vérification", "m", "s"), ("les droits d'accès", "m", "p"),
      ("le compte formateur", "m", "s"), ("l'adresse électronique", "f", "s"), ("la double authentification", "f", "s")],
     ["connexion", "mot de passe", "sécurité", "rôles"], ["administrateur", "gestionnaire", "formateur", "stagiaire"], 8),
    ("Catalogue de formations", ["Fiches formation", "Tarifs", "Publication en ligne"],
     [("la fiche formation", "f", "s"), ("le programme détaillé", "m", "s"), ("les prérequis", "m", "p"),
      ("le tarif inter-entreprises", "m", "s"), ("les objectifs pédagogiques", "m", "p"), ("la durée de la formation", "f", "s")],
     ["catalogue", "programme", "tarifs", "publication"], ["gestionnaire", "responsable-pedagogique"], 7),
    ("Sessions et planning", ["Calendrier", "Salles et matériel", "Formateurs"],
     [("la session", "f", "s"), ("le planning", "m", "s"), ("la salle de formation", "f", "s"),
      ("le créneau horaire", "m", "s"), ("les formateurs intervenants", "m", "p"), ("le lieu de formation", "m", "s")],
     ["session", "planning", "salle", "formateur"], ["gestionnaire", "formateur", "responsable-pedagogique"], 10),
    ("Inscriptions des stagiaires", ["Demandes d'inscription", "Listes d'attente", "Annulations"],
     [("la demande d'inscription", "f", "s"), ("la liste d'attente", "f", "s"), ("le dossier du stagiaire", "m", "s"),
      ("la convocation", "f", "s"), ("les pièces justificatives", "f", "p"), ("l'inscription", "f", "s")],
     ["inscription", "convocation", "liste d'attente", "annulation"], ["gestionnaire", "stagiaire"], 10),
    ("Émargement et présence", ["Feuilles d'émargement", "Absences", "Classe virtuelle"],
     [("la feuille d'émargement", "f", "s"), ("la signature du stagiaire", "f", "s"), ("les absences", "f", "p"),
      ("le justificatif d'absence", "m", "s"), ("le QR code d'émargement", "m", "s"), ("la demi-journée", "f", "s")],
     ["émargement", "absence", "présence", "classe virtuelle"], ["formateur", "gestionnaire", "stagiaire"], 9),
    ("Conventions et devis", ["Devis", "Conventions", "Signature électronique"],
     [("le devis", "m", "s"), ("la convention de formation", "f", "s"), ("le contrat de formation", "m", "s"),
      ("les conditions générales de vente", "f", "p"), ("la signature électronique", "f", "s"), ("le bon de commande", "m", "s")],
     ["devis", "convention", "signature", "entreprise cliente"], ["gestionnaire", "administrateur"], 7),
    ("Facturation et paiements", ["Factures", "Avoirs", "Relances"],
     [("la facture", "f", "s"), ("l'avoir", "m", "s"), ("l'échéancier", "m", "s"),
      ("le paiement", "m", "s"), ("les relances de paiement", "f", "p"), ("le numéro de facture", "m", "s")],
     ["facture", "avoir", "paiement", "TVA"], ["gestionnaire", "comptable"], 8),
    ("Financements", ["CPF", "OPCO", "Aides régionales"],
     [("le dossier de prise en charge", "m", "s"), ("l'accord de financement", "m", "s"),
      ("la demande de subrogation", "f", "s"), ("le compte CPF du stagiaire", "m", "s"),
      ("le numéro d'action", "m", "s"), ("les fonds de l'OPCO", "m", "p")],
     ["CPF", "OPCO", "financement", "subrogation"], ["gestionnaire", "comptable", "financeur"], 6),
    ("Évaluations et attestations", ["Questionnaires", "Certificats de réalisation", "Attestations"],
     [("le questionnaire de satisfaction", "m", "s"), ("l'évaluation des acquis", "f", "s"),
      ("le certificat de réalisation", "m", "s"), ("l'attestation de fin de formation", "f", "s"),
      ("les résultats du test", "m", "p"), ("le bilan à froid", "m", "s")],
     ["évaluation", "attestation", "satisfaction", "certificat"], ["formateur", "responsable-pedagogique", "stagiaire"], 6),
    ("Qualité et conformité", ["Qualiopi", "Réclamations", "Données personnelles"],
     [("l'indicateur Qualiopi", "m", "s"), ("la réclamation", "f", "s"), ("le registre des incidents", "m", "s"),
      ("la politique de confidentialité", "f", "s"), ("les preuves d'audit", "f", "p"), ("le plan d'amélioration", "m", "s")],
     ["Qualiopi", "audit", "RGPD", "réclamation"], ["responsable-pedagogique", "administrateur"], 4),
    ("Exports et statistiques", ["Exports", "Bilan pédagogique et financier", "Tableaux de bord"],
     [("l'export des stagiaires", "m", "s"), ("le bilan pédagogique et financier", "m", "s"), ("le tableau de bord", "m", "s"),
      ("les statistiques de présence", "f", "p"), ("le fichier CSV", "m", "s"), ("le rapport mensuel", "m", "s")],
     ["export", "statistiques", "BPF", "tableau de bord"], ["gestionnaire", "administrateur"], 4),
    ("Intégrations", ["API", "Agendas", "Visioconférence"],
     [("la clé d'API", "f", "s"), ("le webhook", "m", "s"), ("l'agenda partagé", "m", "s"),
      ("le lien de visioconférence", "m", "s"), ("la synchronisation", "f", "s"), ("le connecteur comptable", "m", "s")],
     ["API", "agenda", "visioconférence", "synchronisation"], ["administrateur"], 3),
]

COMMON_OBJECTS = [("la fiche du stagiaire", "f", "s"), ("le document", "m", "s"), ("la notification", "f", "s"),
                  ("les paramètres", "m", "p"), ("le modèle de courriel", "m", "s"), ("la liste des sessions", "f", "s"),
                  ("le filtre de recherche", "m", "s"), ("le commentaire interne", "m", "s")]

COMMON_TAGS = ["prise en main", "courriel", "PDF", "export", "mobile", "notification", "délai", "erreur",
               "entreprise cliente", "document", "import", "historique"]

AUDIENCES = ["stagiaire", "formateur", "gestionnaire", "responsable-pedagogique", "administrateur", "comptable",
             "financeur"]

# (infinitive, imperative "vous", present 3rd person singular, past participle)
VERBS = [
    ("créer", "créez", "crée", "créé"), ("modifier", "modifiez", "modifie", "modifié"),
    ("supprimer", "supprimez", "supprime", "supprimé"), ("dupliquer", "dupliquez", "duplique", "dupliqué"),
    ("valider", "validez", "valide", "validé"), ("publier", "publiez", "publie", "publié"),
    ("archiver", "archivez", "archive", "archivé"), ("exporter", "exportez", "exporte", "exporté"),
    ("importer", "importez", "importe", "importé"), ("télécharger", "téléchargez", "télécharge", "téléchargé"),
    ("envoyer", "envoyez", "envoie", "envoyé"), ("signer", "signez", "signe", "signé"),
    ("consulter", "consultez", "consulte", "consulté"), ("renseigner", "renseignez", "renseigne", "renseigné"),
    ("vérifier", "vérifiez", "vérifie", "vérifié"), ("annuler", "annulez", "annule", "annulé"),
    ("planifier", "planifiez", "planifie", "planifié"), ("affecter", "affectez", "affecte", "affecté"),
    ("relancer", "relancez", "relance", "relancé"), ("générer", "générez", "génère", "généré"),
    ("compléter", "complétez", "complète", "complété"), ("joindre", "joignez", "joint", "joint"),
    ("transmettre", "transmettez", "transmet", "transmis"), ("partager", "partagez", "partage", "partagé"),
    ("imprimer", "imprimez", "imprime", "imprimé"), ("clôturer", "clôturez", "clôture", "clôturé"),
    ("rattacher", "rattachez", "rattache", "rattaché"), ("déclarer", "déclarez", "déclare", "déclaré"),
    ("corriger", "corrigez", "corrige", "corrigé"), ("paramétrer", "paramétrez", "paramètre", "paramétré"),
]

# (noun phrase, gender)
SUBJECTS = [("le gestionnaire de formation", "m"), ("le formateur", "m"), ("la formatrice", "f"),
            ("le stagiaire", "m"), ("l'administrateur", "m"), ("le responsable pédagogique", "m"),
            ("l'entreprise cliente", "f"), ("le financeur", "m"), ("la plateforme", "f"),
            ("l'assistante de formation", "f"), ("le service comptable", "m"), ("chaque utilisateur", "m")]

CIRCUMSTANCES = ["depuis la fiche de la session", "avant le premier jour de formation", "en fin de session",
                 "depuis l'onglet « Documents »", "en quelques clics", "dans un délai de trente jours",
                 "à tout moment", "sans quitter la page", "pour plusieurs stagiaires à la fois",
                 "depuis l'application mobile", "au plus tard la veille", "après la signature de la convention",
                 "chaque fin de mois", "avant l'envoi de la facture", "depuis le tableau de bord",
                 "lors de la création de la session", "en cas de changement de formateur",
                 "pendant la formation", "une fois la session clôturée", "depuis la liste des stagiaires"]

CONDITIONS = ["la session est déjà clôturée", "le stagiaire n'a pas reçu sa convocation",
              "la convention n'est pas encore signée", "le financeur refuse la prise en charge",
              "un formateur est absent", "le fichier importé contient des erreurs", "le lien a expiré",
              "la facture a déjà été envoyée", "le stagiaire change d'entreprise", "la salle n'est plus disponible",
              "le code de vérification n'arrive pas", "une signature manque sur la feuille d'émargement",
              "le nombre minimal d'inscrits n'est pas atteint", "le paiement est rejeté"]

CONSEQUENCES = ["un courriel est envoyé automatiquement à l'entreprise cliente",
                "contactez le gestionnaire de votre organisme", "le statut passe à « En attente »",
                "la plateforme affiche un bandeau d'avertissement", "il faut générer un nouveau document",
                "l'historique conserve la version précédente", "la session reste visible dans le catalogue",
                "aucune action n'est nécessaire de votre part", "le formateur en est informé par notification",
                "le montant est recalculé sans intervention", "un avoir doit être émis",
                "la demande repart en validation"]

EXCEPTIONS = ["après l'envoi de la facture", "une fois la session clôturée", "pendant un audit en cours",
              "lorsque la convention est signée", "si le stagiaire a déjà émargé"]

MENUS = ["Catalogue", "Sessions", "Stagiaires", "Facturation", "Documents", "Paramètres", "Statistiques",
         "Mon compte", "Qualité", "Intégrations", "Entreprises", "Planning"]

BUTTONS = ["Enregistrer", "Valider", "Ajouter", "Exporter", "Envoyer", "Dupliquer", "Générer le PDF", "Publier",
           "Archiver", "Inviter", "Importer un fichier", "Signer", "Confirmer", "Filtrer", "Continuer"]

STATUSES = ["Brouillon", "En attente", "Validé", "Publié", "Signé", "Envoyé", "Payé", "En retard", "Annulé",
            "Clôturé", "Archivé", "Refusé"]

ROLES = ["Administrateur", "Gestionnaire", "Responsable pédagogique", "Formateur", "Comptable", "Stagiaire",
         "Lecture seule"]

FIELDS = ["date_debut", "date_fin", "siret", "numero_convention", "code_rncp", "email_stagiaire", "montant_ht",
          "taux_tva", "nombre_heures", "code_postal", "reference_session", "identifiant_cpf"]

ERRORS = ["ERR_CONVENTION_NON_SIGNEE", "ERR_SESSION_COMPLETE", "ERR_SIRET_INVALIDE", "ERR_JETON_EXPIRE",
          "ERR_FICHIER_TROP_VOLUMINEUX", "ERR_DOUBLON_STAGIAIRE", "ERR_TVA_MANQUANTE"]

FACTS = [
    "Les documents générés sont conservés pendant cinq ans après la fin de la session.",
    "Chaque modification est tracée dans l'historique de la fiche.",
    "La plateforme est accessible depuis un navigateur récent, sur ordinateur comme sur tablette.",
    "Les montants sont toujours affichés hors taxes, puis toutes taxes comprises.",
    "Un document au format PDF ne doit pas dépasser 10 Mo.",
    "Les stagiaires reçoivent un courriel de rappel trois jours avant le début de la session.",
    "Les données personnelles sont traitées conformément au RGPD.",
    "Les administrateurs peuvent restreindre cette fonctionnalité à certains rôles.",
    "Les exports sont au format CSV, séparés par des points-virgules et encodés en UTF-8.",
    "La signature électronique a la même valeur qu'une signature manuscrite.",
    "Les feuilles d'émargement sont générées par demi-journée.",
    "Le support répond en général sous deux jours ouvrés.",
    "Les notifications peuvent être désactivées dans les préférences du compte.",
    "Une session ne peut pas accueillir plus de stagiaires que de places ouvertes.",
    "Les indicateurs du tableau de bord sont recalculés chaque nuit.",
]

DELAYS = ["traitement", "validation", "réponse", "conservation", "rétractation", "paiement"]

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]

PEOPLE = ["Camille Roussel", "Yanis Benali", "Sophie Marchand", "Hugo Lemaire", "Nadia Chevalier", "Julien Perrin",
          "Amandine Faure", "Karim Haddad", "Élise Caron", "Thomas Guérin", "Margaux Picard", "Bastien Renaud",
          "Inès Lambert", "Romain Colin", "Aurélie Dumont", "Mehdi Boyer"]

COMPANIES = ["Atelier Boréal", "Transports Mistral", "Clinique des Tilleuls", "Menuiserie Vasseur",
             "Groupe Horizon Santé", "Boulangeries Lefranc", "Agence Ondine", "Coopérative du Vercors"]

CALLOUTS = [("NOTE", "Remarque"), ("TIP", "Astuce"), ("IMPORTANT", "Important"), ("WARNING", "Attention"),
            ("CAUTION", "Prudence")]

TUTORIAL_SECTIONS = ["Préparer les informations", "Vérifier le résultat", "Cas particuliers", "Suivre l'avancement",
                     "Informer les stagiaires", "Corriger une erreur", "Bonnes pratiques", "Automatiser la démarche",
                     "Pour les entreprises clientes", "Archiver et exporter", "Questions de conformité"]

VOWELS = "aeiouyéèêàâîôûh"


# --------------------------------------------------------------------------------------------
# French helpers
# --------------------------------------------------------------------------------------------


def cap(text):
    return text[:1].upper() + text[1:]


def de(np_):
    """'de' before a noun phrase with its article: du, de la, de l', des."""
    if np_.startswith("le "):
        return "du " + np_[3:]
    if np_.startswith("les "):
        return "des " + np_[4:]
    return "de " + np_


def de_verb(verb):
    """'de' before an infinitive: de créer, d'exporter."""
    return ("d'" if verb[0] in VOWELS else "de ") + verb


def agree(participle, gender, number):
    """Agrees a past participle (only its first word: 'mis à jour')."""
    word, space, rest = participle.partition(" ")
    if gender == "f":
        word += "e"
    if number == "p" and not word.endswith("s"):
        word += "s"
    return word + space + rest


def to_be(number):
    return "est" if number == "s" else "sont"


def slugify(text, limit=70):
    text = text.replace("'", " ").replace("’", " ")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(text) > limit:
        text = text[:limit].rsplit("-", 1)[0]
    return text or "page"


def yaml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def typeset(text, careful):
    """Careful French typography for a page whose author uses it: curly apostrophes and
    narrow no-break spaces before ? ! ; and no-break spaces before : and inside « »; code
    spans (between backticks) are left alone."""
    if not careful:
        return text
    parts = text.split("`")
    for i in range(0, len(parts), 2):
        s = parts[i].replace("'", "’")
        s = s.replace(" ?", "\u202f?").replace(" !", "\u202f!").replace(" ;", "\u202f;")
        s = s.replace(" :", "\u00a0:").replace("« ", "«\u00a0").replace(" »", "\u00a0»")
        parts[i] = s
    return "`".join(parts)


def typeset_table(table, careful):
    """typeset() for a GFM table but its delimiter row ('| :--- |' must keep its spaces)."""
    rows = table.split("\n")
    return "\n".join(row if i == 1 else typeset(row, careful) for i, row in enumerate(rows))


class Skewed:
    """Draws items with weight 1 / rank**power: a few items are drawn very often."""

    def __init__(self, items, power=1.0):
        self.items = list(items)
        total = 0.0
        self.bounds = []
        for rank in range(1, len(self.items) + 1):
            total += 1.0 / rank ** power
            self.bounds.append(total)

    def draw(self, rng):
        return self.items[bisect.bisect_left(self.bounds, rng.random() * self.bounds[-1])]


# --------------------------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------------------------


class Writer:
    """Sentences, steps and blocks about one category, drawn from one random generator."""

    def __init__(self, rng, category):
        self.rng = rng
        self.objects = category[2] + COMMON_OBJECTS

    def obj(self):
        # Objects of the page's category come first: drawn about three times out of four.
        rng = self.rng
        if rng.random() < 0.75:
            return self.objects[rng.randrange(6)]
        return rng.choice(self.objects)

    def verb(self):
        return self.rng.choice(VERBS)

    def circumstance(self, p=0.5):
        return " " + self.rng.choice(CIRCUMSTANCES) if self.rng.random() < p else ""

    def sentence(self):
        rng = self.rng
        v, o = self.verb(), self.obj()
        kind = rng.randrange(13)
        if kind == 0:
            s = rng.choice(SUBJECTS)[0]
            modal = rng.choice(["peut", "doit", "ne peut pas", "doit d'abord", "peut ensuite"])
            return cap(f"{s} {modal} {v[0]} {o[0]}{self.circumstance()}.")
        if kind == 1:
            return (f"Pour {v[0]} {o[0]}, ouvrez le menu « {rng.choice(MENUS)} » puis choisissez "
                    f"« {rng.choice(BUTTONS)} ».")
        if kind == 2:
            return f"Si {rng.choice(CONDITIONS)}, {rng.choice(CONSEQUENCES)}."
        if kind == 3:
            return cap(f"{o[0]} {to_be(o[2])} {agree(v[3], o[1], o[2])}{self.circumstance(0.8)}.")
        if kind == 4:
            s = rng.choice(SUBJECTS)[0]
            return cap(f"{rng.choice(CIRCUMSTANCES)}, {s} {v[2]} {o[0]}.")
        if kind == 5:
            return f"Vous pouvez {v[0]} {o[0]} à tout moment, sauf {rng.choice(EXCEPTIONS)}."
        if kind == 6:
            return f"Une fois {o[0]} {agree(v[3], o[1], o[2])}, {rng.choice(CONSEQUENCES)}."
        if kind == 7:
            return f"Le délai de {rng.choice(DELAYS)} est de {rng.choice([2, 3, 5, 7, 10, 15, 30])} jours ouvrés."
        if kind == 8:
            return f"Seuls les utilisateurs ayant le rôle « {rng.choice(ROLES)} » peuvent {v[0]} {o[0]}."
        if kind == 9:
            return f"Nous vous recommandons {de_verb(v[0])} {o[0]}{self.circumstance(0.7)}."
        if kind == 10:
            verb = "n'apparaît" if o[2] == "s" else "n'apparaissent"
            return f"{cap(o[0])} {verb} pas ? Vérifiez d'abord {self.obj()[0]}."
        if kind == 11:
            return (f"Depuis le {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2022, 2025)}, il est possible "
                    f"{de_verb(v[0])} {o[0]} depuis l'application mobile.")
        return rng.choice(FACTS)

    def paragraph(self, low=2, high=5):
        return " ".join(self.sentence() for _ in range(self.rng.randint(low, high)))

    def code_span(self):
        rng = self.rng
        kind = rng.randrange(6)
        if kind == 0:
            text = f"{rng.choice(MENUS)} > {rng.choice(BUTTONS)}"
        elif kind == 1:
            text = rng.choice(ERRORS)
        elif kind == 2:
            text = f"export-{rng.choice(['sessions', 'stagiaires', 'factures', 'presences'])}-{rng.randint(2022, 2025)}-{rng.randint(1, 12):02d}.csv"
        elif kind == 3:
            text = f"/api/v2/{rng.choice(['sessions', 'stagiaires', 'factures', 'conventions'])}/{rng.randint(100, 99999)}"
        elif kind == 4:
            text = rng.choice(FIELDS)
        else:
            text = rng.choice(["Ctrl + S", "Ctrl + F", "Maj + Tab", "Échap", "Ctrl + Entrée"])
        return f"`{text}`"

    def step(self):
        rng = self.rng
        v, o = self.verb(), self.obj()
        kind = rng.randrange(7)
        if kind == 0:
            text = f"Ouvrez le menu « {rng.choice(MENUS)} »."
        elif kind == 1:
            text = f"{cap(v[1])} {o[0]}{self.circumstance(0.4)}."
        elif kind == 2:
            text = f"Cliquez sur « {rng.choice(BUTTONS)} »."
        elif kind == 3:
            text = f"Dans le champ `{rng.choice(FIELDS)}`, saisissez la valeur attendue."
        elif kind == 4:
            text = f"Sélectionnez {o[0]} dans la liste, puis cliquez sur « {rng.choice(BUTTONS)} »."
        elif kind == 5:
            text = f"Vérifiez que le statut affiché est « {rng.choice(STATUSES)} »."
        else:
            after = self.sentence()
            text = f"Confirmez avec « {rng.choice(BUTTONS)} » : {after[0].lower()}{after[1:]}"
        if rng.random() < 0.2:
            text += " " + self.sentence()
        return text

    def callout(self):
        rng = self.rng
        kind, label = rng.choice(CALLOUTS)
        lines = [self.sentence() for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.6:
            return "\n".join([f"> [!{kind}]"] + ["> " + line for line in lines])
        return f"> **{label} :** " + " ".join(lines)

    def table(self):
        rng = self.rng
        kind = rng.randrange(4)
        if kind == 0:
            rows = ["| Statut | Signification | Que faire ? |", "| --- | --- | --- |"]
            for status in rng.sample(STATUSES, rng.randint(3, 6)):
                v, o = self.verb(), self.obj()
                rows.append(f"| « {status} » | {cap(o[0])} {to_be(o[2])} {agree(v[3], o[1], o[2])} | "
                            f"{cap(rng.choice(CONSEQUENCES))} |")
        elif kind == 1:
            rows = ["| Rôle | Consulter | Modifier | Supprimer |", "| :--- | :---: | :---: | :---: |"]
            for role in rng.sample(ROLES, rng.randint(3, 6)):
                rows.append(f"| {role} | " + " | ".join(rng.choice(["Oui", "Non", "Selon les droits"]) for _ in range(3)) + " |")
        elif kind == 2:
            rows = ["| Formation | Durée | Tarif HT | Tarif TTC |", "| --- | ---: | ---: | ---: |"]
            for _ in range(rng.randint(3, 6)):
                price = rng.randrange(300, 4000, 50)
                ht, ttc = (f"{x:,} €".replace(",", "\u202f") for x in (price, price * 6 // 5))
                rows.append(f"| {cap(self.verb()[0])} {self.obj()[0]} | {rng.choice([7, 14, 21, 35])} h | {ht} | {ttc} |")
        else:
            rows = ["| Action | Raccourci |", "| --- | --- |"]
            for _ in range(rng.randint(3, 5)):
                rows.append(f"| {cap(self.verb()[0])} {self.obj()[0]} | `{rng.choice(['Ctrl', 'Alt', 'Maj'])} + {rng.choice('ABDEGHKLMNPRSUV')}` |")
        return "\n".join(rows)

    def fenced_code(self):
        rng = self.rng
        kind = rng.randrange(4)
        if kind == 0:
            lines = ["nom;prenom;email;reference_session;statut"]
            for _ in range(rng.randint(3, 7)):
                first, last = rng.choice(PEOPLE).split(" ", 1)
                email = slugify(first) + "." + slugify(last) + "@example.org"
                lines.append(f"{last};{first};{email};S{rng.randint(2022, 2025)}-{rng.randint(1, 999):03d};"
                             f"{rng.choice(STATUSES).lower()}")
            return "```csv\n" + "\n".join(lines) + "\n```"
        if kind == 1:
            return ("```json\n{\n"
                    f'  "id": {rng.randint(1000, 99999)},\n'
                    f'  "intitule": "{cap(self.verb()[0])} {self.obj()[0]}",\n'
                    f'  "debut": "{rng.randint(2022, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",\n'
                    f'  "places": {rng.randint(4, 20)},\n'
                    f'  "statut": "{slugify(rng.choice(STATUSES)).replace("-", "_")}"\n'
                    "}\n```")
        if kind == 2:
            resource = rng.choice(["sessions", "stagiaires", "factures", "conventions"])
            return ("```sh\n"
                    f'curl -s -H "Authorization: Bearer $CAMPUS_CLE_API" \\\n'
                    f'  "https://api.campus-pro.example/v2/{resource}?page={rng.randint(1, 9)}&par_page=50"\n'
                    "```")
        person = rng.choice(PEOPLE).split(" ")[0]
        return ("```text\n"
                f"Objet : {rng.choice(['Convocation', 'Rappel', 'Attestation', 'Facture'])} — session du "
                f"{rng.randint(1, 28)} {rng.choice(MONTHS)}\n\nBonjour {person},\n\n{self.paragraph(1, 2)}\n\n"
                f"L'équipe formation, {rng.choice(COMPANIES)}\n```")

    def image(self, images_prefix, n_images):
        rng = self.rng
        number = rng.randrange(n_images)
        alt = f"Capture d'écran : le menu « {rng.choice(MENUS)} » et le bouton « {rng.choice(BUTTONS)} »"
        return f"![{alt}]({images_prefix}ecran-{number:02d}.png)"


# --------------------------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------------------------


class Page:
    __slots__ = ("idx", "kind", "category", "topic", "folder", "slug", "path", "title", "description", "tags",
                 "audience", "order", "careful", "tag_style", "blocks", "links", "old_path")

    def __init__(self, idx, kind, category, topic):
        self.idx, self.kind, self.category, self.topic = idx, kind, category, topic
        self.order = None
        self.links = []
        self.blocks = []
        self.old_path = None

    @property
    def depth(self):
        return self.path.count("/")


def faq_title(w):
    rng = w.rng
    v, o = w.verb(), w.obj()
    kind = rng.randrange(8)
    if kind == 0:
        return f"Comment {v[0]} {o[0]} ?"
    if kind == 1:
        return f"Peut-on {v[0]} {o[0]}{w.circumstance(1)} ?"
    if kind == 2:
        return f"Que faire si {rng.choice(CONDITIONS)} ?"
    if kind == 3:
        return f"Qui peut {v[0]} {o[0]} ?"
    if kind == 4:
        return f"Pourquoi ne puis-je pas {v[0]} {o[0]} ?"
    if kind == 5:
        return f"Où trouver {o[0]}{w.circumstance(0.5)} ?"
    if kind == 6:
        return f"Combien de temps faut-il pour {v[0]} {o[0]} ?"
    return f"Est-il possible {de_verb(v[0])} {o[0]}{w.circumstance(1)} ?"


def tutorial_title(w):
    rng = w.rng
    v, o = w.verb(), w.obj()
    kind = rng.randrange(5)
    if kind == 0:
        return f"{cap(v[0])} {o[0]} pas à pas"
    if kind == 1:
        return f"Guide pratique : {v[0]} {o[0]}"
    if kind == 2:
        return f"{cap(v[0])} {o[0]}{w.circumstance(1)}"
    if kind == 3:
        v2 = w.verb()
        return f"{cap(v[0])} et {v2[0]} {o[0]}" if v2 != v else f"{cap(v[0])} {o[0]} en détail"
    return f"Bien utiliser {o[0]}"


def description(w, page):
    rng = w.rng
    v, o = w.verb(), w.obj()
    if page.kind == "faq":
        return rng.choice([f"Les conditions et la marche à suivre pour {v[0]} {o[0]}.",
                           f"Ce qu'il faut savoir avant {de_verb(v[0])} {o[0]}.",
                           f"Réponse courte, à propos {de(o[0])}, pour les équipes de formation.",
                           f"Où cliquer et quoi vérifier pour {v[0]} {o[0]}."])
    return rng.choice([f"Tutoriel en plusieurs étapes pour {v[0]} {o[0]}, captures d'écran à l'appui.",
                       f"Pas à pas : {v[0]} {o[0]}{w.circumstance(1)}, avec les vérifications à faire.",
                       f"Toute la procédure pour {v[0]} {o[0]}, des prérequis au résultat."])


def plan_pages(n, seed, faq_ratio):
    """Decides every page's kind, category, folder, title and slug."""
    rng = random.Random(f"{seed}/plan")
    n_faq = round(n * faq_ratio)
    kinds = ["faq"] * n_faq + ["tutorial"] * (n - n_faq)
    rng.shuffle(kinds)
    categories = Skewed(range(len(CATEGORIES)), 0.3)
    # Categories by decreasing weight, so the skewed draw favours the big ones.
    by_weight = sorted(range(len(CATEGORIES)), key=lambda c: (-CATEGORIES[c][5], c))
    pages, titles, used_paths = [], set(), set()
    order_in_folder = {}
    for idx, kind in enumerate(kinds):
        category = CATEGORIES[by_weight[categories.draw(rng)]]
        topic = rng.choice(category[1])
        page = Page(idx, kind, category, topic)
        page_rng = random.Random(f"{seed}/page/{idx}")
        w = Writer(page_rng, category)
        make_title = faq_title if kind == "faq" else tutorial_title
        for _ in range(6):
            title = make_title(w)
            if title not in titles:
                break
        titles.add(title)
        if kind == "faq":
            page.folder = f"faq/{slugify(category[0])}/{slugify(topic)}"
        else:
            page.folder = f"tutorials/{slugify(category[0])}"
            page.order = order_in_folder[page.folder] = order_in_folder.get(page.folder, 0) + 1
        base = slugify(title)
        slug, k = base, 1
        while f"{page.folder}/{slug}.md" in used_paths:
            k += 1
            slug = f"{base}-{k}"
        page.slug, page.path = slug, f"{page.folder}/{slug}.md"
        used_paths.add(page.path)
        page.careful = page_rng.random() < 0.4
        page.tag_style = page_rng.random() < 0.7  # flow list or block list
        page.title = typeset(title, page.careful)
        page.description = typeset(description(w, page), page.careful)
        tags = list(dict.fromkeys(page_rng.sample(category[3], page_rng.randint(1, 3)) +
                                  ([page_rng.choice(COMMON_TAGS)] if page_rng.random() < 0.4 else [])))
        page.tags = tags
        page.audience = (sorted(page_rng.sample(category[4], page_rng.randint(1, min(2, len(category[4])))),
                                key=AUDIENCES.index) if page_rng.random() < 0.6 else [])
        pages.append(page)
    return pages, used_paths


def plan_links(pages, seed, broken_ratio, used_paths):
    """Gives each page its links: the next page of its folder (so every page has a link to it),
    then pages of its category and a few anywhere. Returns (links, broken links)."""
    by_folder, by_category = {}, {}
    for p in pages:
        by_folder.setdefault(p.folder, []).append(p)
        by_category.setdefault(p.category[0], []).append(p)
    n_links = n_broken = 0
    for p in pages:
        if len(pages) < 2:
            break
        rng = random.Random(f"{seed}/links/{p.idx}")
        siblings = by_folder[p.folder]
        targets = []
        if len(siblings) > 1:
            targets.append(siblings[(siblings.index(p) + 1) % len(siblings)])
        wanted = rng.randint(2, 5) if p.kind == "faq" else rng.randint(4, 8)
        same = by_category[p.category[0]]
        for _ in range(wanted * 3):
            if len(targets) >= wanted:
                break
            pool = same if rng.random() < 0.7 and len(same) > 1 else pages
            t = pool[rng.randrange(len(pool))]
            if t is not p and t not in targets:
                targets.append(t)
        for t in targets:
            destination = posixpath.relpath(t.path, p.folder)
            if broken_ratio > 0 and rng.random() < broken_ratio:
                destination = broken_destination(rng, p, t, used_paths)
                n_broken += 1
            p.links.append((t.title, destination))
            n_links += 1
    return n_links, n_broken


def broken_destination(rng, page, target, used_paths):
    """A link as authors break them: a renamed page, a typo, a wrong number of '../'."""
    kind = rng.randrange(3)
    if kind == 0:
        path = f"{target.folder}/{target.slug}-ancienne-version.md"
    elif kind == 1 and len(target.slug) > 4:
        cut = rng.randrange(1, len(target.slug) - 1)
        path = f"{target.folder}/{target.slug[:cut]}{target.slug[cut + 1:]}.md"
    else:
        # One '../' too few (or too many for a link to the same folder): never outside --out.
        relative = posixpath.relpath(target.path, page.folder)
        return relative[3:] if relative.startswith("../") else "../" + relative
    if path in used_paths:
        path = f"{target.folder}/{target.slug}-supprimee.md"
    return posixpath.relpath(path, page.folder)


def link(title, destination):
    return f"[{title}]({destination})"


def sentence_with_link(lead, title, destination):
    """'Voir [Title](path).', without the full stop after a question."""
    return f"{lead} {link(title, destination)}" + ("" if title.endswith("?") else ".")


def write_body(page, seed, n_images):
    """Fills page.blocks: (kind, text) pairs; 'p' blocks are prose without links or code that
    history edits may rewrite; 'ol' blocks hold a list of steps."""
    rng = random.Random(f"{seed}/body/{page.idx}")
    w = Writer(rng, page.category)
    t = lambda text: typeset(text, page.careful)
    images = "../" * page.depth + "images/"
    links = list(page.links)
    blocks = page.blocks
    if page.kind == "faq":
        target = rng.randint(50, 300)
        words = 0
        while True:
            text = w.paragraph(1, 4)
            blocks.append(["p", t(text)])
            words += text.count(" ") + 1
            if words >= target:
                break
            extra = rng.random()
            if extra < 0.15:
                items = [w.sentence() for _ in range(rng.randint(2, 4))]
                blocks.append(["ul", "\n".join("- " + t(i) for i in items)])
            elif extra < 0.25:
                blocks.append(["callout", t(w.callout())])
            elif extra < 0.32:
                blocks.append(["img", t(w.image(images, n_images))])
        inline = links[:rng.randint(0, min(2, len(links)))]
        rest = links[len(inline):]
        for title, destination in inline:
            lead = t(rng.choice(["Voir aussi", "Pour en savoir plus, lisez", "Consultez également"]))
            blocks.append(["pl", sentence_with_link(lead, title, destination)])
        if rest:
            blocks.append(["pl", t("À lire aussi :")])
            blocks.append(["links", "\n".join("- " + link(a, b) for a, b in rest)])
        return
    # Tutorial.
    target = int(500 * 5 ** rng.random())  # 500-2500 words, small ones more frequent
    blocks.append(["p", t(w.paragraph(2, 4))])
    blocks.append(["callout", t(w.callout())])
    blocks.append(["h2", "## " + t("Avant de commencer")])
    blocks.append(["ul", "\n".join("- " + t(x) for x in [
        f"Disposer du rôle « {rng.choice(ROLES)} » sur la plateforme.",
        f"Avoir {agree(w.verb()[3], 'm', 's')} {w.obj()[0]}.",
        "Prévoir une dizaine de minutes.",
        f"Connaître la référence de la session (par exemple `S{rng.randint(2022, 2025)}-{rng.randint(1, 999):03d}`).",
    ][:rng.randint(2, 4)])])
    words = sum(len(b[1].split()) for b in blocks)
    step_no = 0
    inline = links[:max(0, len(links) - 3)]
    rest = links[len(inline):]
    while words < target:
        step_no += 1
        v, o = w.verb(), w.obj()
        heading = (f"Étape {step_no} : {v[0]} {o[0]}" if step_no <= 3 or rng.random() < 0.6
                   else rng.choice(TUTORIAL_SECTIONS))
        section = [["h2", "## " + t(heading)]]
        steps = [t(w.step()) for _ in range(rng.randint(3, 8))]
        if inline and rng.random() < 0.5:
            title, destination = inline.pop(0)
            j = rng.randrange(len(steps))
            steps[j] += " " + sentence_with_link(t("Voir"), title, destination)
        section.append(["ol", steps])
        for _ in range(rng.randint(1, 3)):
            section.append(["p", t(w.paragraph(2, 5))])
        if rng.random() < 0.3:
            extra = t(w.paragraph(1, 2)) + " " + w.code_span() + " " + t("est à saisir tel quel.")
            section.append(["pl", extra])
        if inline and rng.random() < 0.4:
            title, destination = inline.pop(0)
            section.append(["pl", t(w.paragraph(1, 2)) + " " + sentence_with_link(t("Pour le détail, lisez"), title,
                                                                                     destination)])
        if rng.random() < 0.35:
            v2, o2 = w.verb(), w.obj()
            section.append(["h3", "### " + t(f"{cap(v2[0])} {o2[0]}")])
            section.append(["p", t(w.paragraph(2, 4))])
        if rng.random() < 0.45:
            section.append(["img", t(w.image(images, n_images))])
        if rng.random() < 0.3:
            section.append(["table", typeset_table(w.table(), page.careful)])
        if rng.random() < 0.25:
            section.append(["callout", t(w.callout())])
        if rng.random() < 0.2:
            section.append(["code", w.fenced_code()])
        blocks.extend(section)
        words += sum(len(b[1].split()) if isinstance(b[1], str) else sum(len(s.split()) for s in b[1])
                     for b in section)
    if not any(b[0] == "table" for b in blocks):
        blocks.append(["h2", "## " + t("Récapitulatif")])
        blocks.append(["table", typeset_table(w.table(), page.careful)])
    if not any(b[0] == "img" for b in blocks):
        blocks.append(["img", t(w.image(images, n_images))])
    for title, destination in inline:
        blocks.append(["pl", sentence_with_link(t("Voir aussi"), title, destination)])
    if rest:
        blocks.append(["h2", "## " + t("Pour aller plus loin")])
        blocks.append(["links", "\n".join("- " + link(a, b) for a, b in rest)])


def render(page):
    lines = ["---", f"title: {yaml_string(page.title)}", f"description: {yaml_string(page.description)}",
             f"type: {page.kind}", f"category: {yaml_string(page.category[0])}"]
    if page.tag_style:
        lines.append("tags: [" + ", ".join(yaml_string(tag) for tag in page.tags) + "]")
    else:
        lines.append("tags:")
        lines += [f"  - {yaml_string(tag)}" for tag in page.tags]
    if page.audience:
        lines.append("audience: [" + ", ".join(page.audience) + "]")
    if page.order is not None:
        lines.append(f"order: {page.order}")
    lines.append("---")
    body = []
    for kind, content in page.blocks:
        body.append("\n".join(f"{i}. {s}" for i, s in enumerate(content, 1)) if kind == "ol" else content)
    return "\n".join(lines) + "\n\n" + "\n\n".join(body) + "\n"


def render_home(pages):
    lines = ["---", 'title: "Base de connaissances"',
             'description: "Questions fréquentes et tutoriels de Campus Pro, la plateforme des organismes de formation."',
             "---", "",
             "Bienvenue dans le centre d'aide de Campus Pro. Les questions fréquentes et les tutoriels sont "
             "classés par catégorie ; voici les plus consultés.", ""]
    for category in CATEGORIES:
        chosen = [p for p in pages if p.category is category][:6]
        if chosen:
            lines += [f"## {category[0]}", ""] + [f"- {link(p.title, p.path)}" for p in chosen] + [""]
    return "\n".join(lines)


def render_section(title, description):
    return "\n".join(["---", f"title: {yaml_string(title)}", f"description: {yaml_string(description)}", "---", "",
                      description, ""])


def section_files(pages):
    """The _section.md of every folder (with --section-files), as {path: text}."""
    files = {"faq/_section.md": render_section("Questions fréquentes", "Les réponses courtes, par catégorie."),
             "tutorials/_section.md": render_section("Tutoriels", "Les procédures détaillées, étape par étape.")}
    for p in pages:
        top, category = p.folder.split("/")[:2]
        files.setdefault(f"{top}/{category}/_section.md",
                         render_section(p.category[0] if top == "faq" else f"Tutoriels : {p.category[0].lower()}",
                                        f"{'Questions' if top == 'faq' else 'Tutoriels'} : {p.category[0].lower()}."))
        if p.kind == "faq":
            files.setdefault(f"{p.folder}/_section.md",
                             render_section(p.topic, f"Questions fréquentes : {p.topic.lower()}."))
    return files


# --------------------------------------------------------------------------------------------
# Images: small PNG "screenshots" (title bar, lines of text, a button), no library needed.
# --------------------------------------------------------------------------------------------


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def screenshot(rng, width=160, height=100):
    accent = bytes([rng.randrange(30, 200), rng.randrange(60, 200), rng.randrange(120, 240)])
    white, grey, light = b"\xff\xff\xff", b"\xc8\xc8\xd0", b"\xf2\xf3\xf7"
    lines = [(y, rng.randrange(60, width - 16)) for y in range(24, height - 24, 9)]
    button = (rng.randrange(10, width - 60), height - 18)
    rows = []
    for y in range(height):
        if y < 14:
            row = accent * width
        else:
            row = bytearray(light * width)
            for ly, length in lines:
                if ly <= y < ly + 4:
                    row[10 * 3:(10 + length) * 3] = grey * length
            bx, by = button
            if by <= y < by + 10:
                row[bx * 3:(bx + 44) * 3] = accent * 44
            row[0:3] = row[-3:] = white
            row = bytes(row)
        rows.append(b"\x00" + row)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header)
            + png_chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + png_chunk(b"IEND", b""))


# --------------------------------------------------------------------------------------------
# Git history
# --------------------------------------------------------------------------------------------

AUTHORS = PEOPLE[:11]


def paris_offset(day):
    """UTC offset of Europe/Paris on a date: summer time from the last Sunday of March to the
    last Sunday of October."""
    def last_sunday(month):
        d = datetime.date(day.year, month, 31)
        return d - datetime.timedelta(days=(d.weekday() + 1) % 7)
    return 2 if last_sunday(3) <= day < last_sunday(10) else 1


def commit_times(rng, k):
    """K (timestamp, offset) pairs, ascending: office hours on working days, rarely a weekend."""
    first = datetime.date(2022, 1, 3)
    span = (datetime.date(2025, 6, 30) - first).days
    times = []
    while len(times) < k:
        day = first + datetime.timedelta(days=rng.randrange(span))
        if day.weekday() >= 5 and rng.random() < 0.9:
            continue
        offset = paris_offset(day)
        seconds = rng.choice([8, 9, 9, 10, 10, 11, 11, 13, 14, 14, 15, 16, 16, 17, 18]) * 3600 + rng.randrange(3600)
        midnight = datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc).timestamp()
        times.append((int(midnight) + seconds - offset * 3600, offset))
    times.sort()
    return times


class History:
    """Plans K commits: which pages each one adds, edits, renames or deletes."""

    def __init__(self, pages, k, seed):
        self.rng = rng = random.Random(f"{seed}/git")
        self.pages, self.k = pages, k
        self.events = [[] for _ in range(k)]  # per commit: (action, page)
        n = len(pages)
        order = list(range(n))
        rng.shuffle(order)
        # Half the pages come with the initial import, the rest in batches, in at most a fifth of
        # the commits: most commits edit pages.
        initial = n if k == 1 else max(1, n // 2)
        later = order[initial:]
        batches = sorted(rng.sample(range(1, k), max(1, min(len(later), (k - 1) // 5)))) if later else []
        self.created_at = [0] * n
        for i in later:
            self.created_at[i] = rng.choice(batches)
        for i in range(n):
            self.events[self.created_at[i]].append(("add", pages[i]))
        # Renames: about 3 % of pages lived under another name first.
        self.renamed_at = {}
        if k >= 20:
            for i in sorted(rng.sample(range(n), n * 3 // 100)):
                if self.created_at[i] < k - 1:
                    self.renamed_at[i] = rng.randrange(self.created_at[i] + 1, k)
                    self.events[self.renamed_at[i]].append(("rename", pages[i]))
        # Pages added then deleted: about 1 % of N.
        self.ghosts = []
        if k >= 20:
            for g in range(n // 100):
                born = rng.randrange(0, k - 1)
                self.ghosts.append((g, born, rng.randrange(born + 1, k)))
        self.popular = Skewed(order, 0.9)

    def edited_pages(self, c):
        """Pages edited by commit c (one that adds, renames or deletes nothing)."""
        rng, chosen = self.rng, []
        wanted = rng.choice([1, 1, 1, 1, 2, 2, 3])
        for _ in range(wanted * 8):
            i = self.popular.draw(rng)
            if self.created_at[i] < c and i not in chosen:
                chosen.append(i)
                if len(chosen) == wanted:
                    break
        return [self.pages[i] for i in sorted(chosen)]


def old_path(page, rng, used_paths):
    slug = slugify(rng.choice(["ancienne fiche", "brouillon", "procedure", "note"]) + " " + page.slug, 60)
    path = f"{page.folder}/{slug}.md"
    while path in used_paths:
        path = path[:-3] + "-1.md"
    used_paths.add(path)
    return path


def edit(page, rng):
    """One deterministic edit of a page's text; returns a commit message."""
    w = Writer(rng, page.category)
    t = lambda text: typeset(text, page.careful)
    prose = [b for b in page.blocks if b[0] == "p"]
    lists = [b for b in page.blocks if b[0] == "ol"]
    kind = rng.randrange(10)
    if kind < 4 and prose:
        block = rng.choice(prose)
        block[1] = t(w.paragraph(2, 4))
        return rng.choice(["Reformule « {} »", "Réécrit un paragraphe de « {} »", "Clarifie « {} »"])
    if kind < 6 and prose:
        block = rng.choice(prose)
        block[1] += " " + t(w.sentence())
        return rng.choice(["Complète « {} »", "Précise « {} »", "Ajoute une précision à « {} »"])
    if kind < 7 and lists:
        rng.choice(lists)[1].append(t(w.step()))
        return "Ajoute une étape à « {} »"
    if kind < 8:
        page.description = t(description(w, page))
        return "Met à jour la description de « {} »"
    if kind < 9 and len(page.tags) < 5:
        tag = rng.choice(COMMON_TAGS + page.category[3])
        if tag not in page.tags:
            page.tags.append(tag)
            return "Ajoute le mot-clé « " + tag + " » à « {} »"
    if prose:
        rng.choice(prose)[1] += " " + t(rng.choice(FACTS))
        return "Rappelle une règle dans « {} »"
    page.blocks.insert(0, ["p", t(w.paragraph(1, 2))])
    return "Ajoute une introduction à « {} »"


def ghost_page(g, seed, used_paths):
    """A page that was added, then deleted: no links (links to it would break)."""
    rng = random.Random(f"{seed}/ghost/{g}")
    category = rng.choice(CATEGORIES)
    page = Page(-1 - g, "faq", category, rng.choice(category[1]))
    w = Writer(rng, category)
    page.folder = f"faq/{slugify(category[0])}/{slugify(page.topic)}"
    page.title = "Ancienne procédure : " + faq_title(w)
    page.careful = page.tag_style = False
    page.slug = slugify(page.title, 60)
    page.path = f"{page.folder}/{page.slug}.md"
    while page.path in used_paths:
        page.path = page.path[:-3] + "-1.md"
    used_paths.add(page.path)
    page.description = description(w, page)
    page.tags, page.audience = [category[3][0]], []
    page.blocks = [["p", w.paragraph(2, 5)], ["p", w.paragraph(1, 3)]]
    return page


def write_git(out, pages, seed, k, static_files, used_paths):
    """Creates the repository with `git fast-import`, then checks HEAD out into --out. Page
    states are kept in memory and edited in place, so the last revision is what is on disk."""
    history = History(pages, k, seed)
    rng = random.Random(f"{seed}/git/edits")
    times = commit_times(random.Random(f"{seed}/git/times"), k)
    writers = Skewed(AUTHORS, 1.2)
    for i in sorted(history.renamed_at):
        pages[i].old_path = old_path(pages[i], rng, used_paths)
    for g, born, died in history.ghosts:
        ghost = ghost_page(g, seed, used_paths)
        history.events[born].append(("add", ghost))
        history.events[died].append(("delete", ghost))

    env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", GIT_TERMINAL_PROMPT="0")
    subprocess.run(["git", "init", "-q", out], check=True, env=env)
    subprocess.run(["git", "-C", out, "symbolic-ref", "HEAD", "refs/heads/main"], check=True, env=env)
    importer = subprocess.Popen(["git", "-C", out, "fast-import", "--quiet", "--done"], stdin=subprocess.PIPE, env=env)
    stream = importer.stdin

    def put(path, text):
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        stream.write(b"M 100644 inline %s\ndata %d\n%s\n" % (path.encode("utf-8"), len(data), data))

    def where(page, c):
        return page.old_path if page.old_path and c < history.renamed_at[page.idx] else page.path

    # Page texts are written as they are when added; later edits change page.blocks in place,
    # so each page's blocks start from the first revision.
    for c in range(k):
        events = history.events[c]
        messages, changes, deletions = [], [], []
        added = [p for action, p in events if action == "add"]
        if c == 0:
            messages.append(f"Import initial du centre d'aide ({len(added)} pages)")
        elif len(added) == 1:
            messages.append(f"Ajoute « {added[0].title} »")
        elif added:
            messages.append(f"Ajoute {len(added)} pages")
        for p in added:
            changes.append((where(p, c), p))
        for action, p in events:
            if action == "rename":
                deletions.append(p.old_path)
                changes.append((p.path, p))
                messages.append(f"Renomme {posixpath.basename(p.old_path)} en {posixpath.basename(p.path)}")
            elif action == "delete":
                deletions.append(p.path)
                messages.append(f"Supprime la page obsolète « {p.title} »")
        if not events:
            for p in history.edited_pages(c):
                messages.append(edit(p, rng).format(p.title))
                changes.append((where(p, c), p))
            if not changes:  # nothing created yet that can be edited: touch the home page
                messages.append("Relit la page d'accueil")
        ts, offset = times[c]
        name = writers.draw(rng)
        email = slugify(name).replace("-", ".") + "@example.org"
        ident = f"{name} <{email}> {ts} +0{offset}00".encode("utf-8")
        message = (messages[0] + ("\n\n" + "\n".join("- " + m for m in messages[1:]) if len(messages) > 1 else "")
                   + "\n").encode("utf-8")
        stream.write(b"commit refs/heads/main\nauthor %s\ncommitter %s\ndata %d\n%s\n"
                     % (ident, ident, len(message), message))
        for path in deletions:
            stream.write(b"D %s\n" % path.encode("utf-8"))
        if c == 0:
            for path, data in static_files.items():
                put(path, data)
        for path, p in changes:
            put(path, render(p))
        stream.write(b"\n")
    stream.write(b"done\n")
    stream.close()
    if importer.wait() != 0:
        sys.exit("gen_corpus: git fast-import failed")
    subprocess.run(["git", "-C", out, "reset", "-q", "--hard", "main"], check=True, env=env)
    with open(os.path.join(out, ".git", "info", "exclude"), "a", encoding="utf-8") as f:
        f.write(".peers/\n")


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------

GENERATED = {"index.md", "faq", "tutorials", "images", ".git", ".peers"}


def prepare_output(out, force):
    if os.path.exists(out) and os.listdir(out):
        if not force:
            sys.exit(f"gen_corpus: {out} is not empty (use --force to replace it)")
        unknown = sorted(set(os.listdir(out)) - GENERATED)
        if unknown:
            sys.exit(f"gen_corpus: {out} does not look like a generated corpus ({', '.join(unknown[:3])}…); "
                     "not deleting it")
        shutil.rmtree(out)
    os.makedirs(out, exist_ok=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000, help="number of pages, FAQ and tutorials (default 1000)")
    parser.add_argument("--seed", default="42", help="seed, any string (default 42)")
    parser.add_argument("--out", required=True, help="folder to write; must be missing or empty unless --force")
    parser.add_argument("--broken-ratio", type=float, default=0.0,
                        help="share of links that point to missing files (default 0)")
    parser.add_argument("--git-commits", type=int, default=0, metavar="K",
                        help="make --out a Git repository with K commits (default 0: no repository)")
    parser.add_argument("--force", action="store_true", help="replace --out if it holds a generated corpus")
    parser.add_argument("--faq-ratio", type=float, default=0.7, help="share of FAQ pages (default 0.7)")
    parser.add_argument("--images", type=int, default=24, help="number of PNG images (default 24)")
    parser.add_argument("--section-files", action="store_true", help="write a _section.md in every folder")
    args = parser.parse_args()
    if args.n < 1 or args.images < 1 or args.git_commits < 0 or not 0 <= args.broken_ratio <= 1:
        parser.error("--n and --images must be positive, --git-commits not negative, --broken-ratio in [0, 1]")

    started = time.monotonic()
    prepare_output(args.out, args.force)
    pages, used_paths = plan_pages(args.n, args.seed, args.faq_ratio)
    n_links, n_broken = plan_links(pages, args.seed, args.broken_ratio, used_paths)
    for page in pages:
        write_body(page, args.seed, args.images)

    image_rng = random.Random(f"{args.seed}/images")
    static_files = {f"images/ecran-{i:02d}.png": screenshot(image_rng) for i in range(args.images)}
    static_files["index.md"] = render_home(pages)
    if args.section_files:
        static_files.update(section_files(pages))

    if args.git_commits:
        write_git(args.out, pages, args.seed, args.git_commits, static_files, used_paths)
    else:
        folders = set()
        files = [(p.path, render(p)) for p in pages] + list(static_files.items())
        for path, data in files:
            folder = posixpath.dirname(path)
            if folder not in folders:
                os.makedirs(os.path.join(args.out, folder), exist_ok=True)
                folders.add(folder)
            with open(os.path.join(args.out, path), "wb") as f:
                f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

    n_faq = sum(p.kind == "faq" for p in pages)
    print(f"gen_corpus: {len(pages)} pages ({n_faq} FAQ, {len(pages) - n_faq} tutorials), {n_links} links "
          f"({n_broken} broken), {args.images} images"
          + (f", {args.git_commits} commits" if args.git_commits else "")
          + f" in {args.out} ({time.monotonic() - started:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
