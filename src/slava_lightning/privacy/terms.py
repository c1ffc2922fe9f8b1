"""Clinical terms that hold a person's or a place's name and are never PHI.

Eponymous signs, scales, classifications, rules, procedures and devices ("Sister Mary Joseph
nodule", "Glasgow Coma Scale", "Los Angeles grade C", "San Francisco syncope rule", "pouch of
Douglas"), and bodies and roles of the profession ("Royal College of Radiologists", "Caldicott
Guardian"), code systems with their codes ("ICD-10 J18.9"), lot numbers of drugs and contrast,
and public holidays ("Victoria Day"). A span the layers find wholly inside one of them is
dropped; a site's deny terms are still masked. The list is written from the clinical
vocabulary, not from any test sentence: a term belongs here only when the words in it never
point to a patient, a carer or a site.
"""

from __future__ import annotations

import re

#: Phrases matched whole, ignoring case; ``-`` also matches a space, ``\w*`` ends a stem.
CLINICAL_TERMS = (
    # signs, nodules, spaces and anatomy named after people
    "sister mary joseph nodule",
    "sister mary joseph",
    "pouch of douglas",
    "space of retzius",
    "canal of nuck",
    "ligament of treitz",
    "circle of willis",
    "artery of adamkiewicz",
    "foramen of monro",
    "foramen of winslow",
    "sinus of valsalva",
    "sinuses of valsalva",
    "triangle of koch",
    "angle of louis",
    "line of toldt",
    "ampulla of vater",
    "sphincter of oddi",
    "canals of lambert",
    "pores of kohn",
    "space of disse",
    "hernias? of morgagni",
    "foramen of morgagni",
    "morgagni hernias?",
    "foramen of bochdalek",
    "bochdalek hernias?",
    "carina(?=\\s+(?:is|was|appears|at|and|remains|normal|splayed|widened|midline)\\b|[.,;:])",
    # scales, scores, rules, criteria, classifications named after places
    "glasgow coma scale",
    "glasgow coma score",
    "glasgow outcome scale",
    "glasgow-blatchford",
    "los angeles grade",
    "los angeles classification",
    "updated sydney system",
    "sydney system",
    "san francisco syncope rule",
    "ottawa ankle rules?",
    "ottawa knee rules?",
    "ottawa rules?",
    "ottawa subarachnoid hemorrhage rule",
    "canadian c-spine rule",
    "canadian ct head rule",
    "nexus criteria",
    "milan criteria",
    "up-to-seven criteria",
    "barcelona clinic liver cancer",
    "ann arbor stag\\w*",
    "ann arbor classification",
    "lugano classification",
    "lugano criteria",
    "berlin definition",
    "lyon consensus",
    "chicago classification",
    "atlanta classification",
    "revised atlanta classification",
    "tokyo guidelines",
    "bethesda system",
    "bethesda category",
    "stanford type [ab]",
    "stanford classification",
    "debakey type",
    "seattle protocol",
    "paris classification",
    "vienna classification",
    "montreal classification",
    "oxford classification",
    "boston bowel preparation scale",
    "baltimore classification",
    "kyoto classification",
    "prague criteria",
    "prague classification",
    "rome criteria",
    "rome iv",
    "houston criteria",
    "geneva score",
    "revised geneva score",
    "wells score",
    "westley(?: croup)? score",
    # nursing and geriatric scales named after people or places
    "abbey pain scale",
    "braden (?:scale|score)",
    "norton (?:scale|score)",
    "waterlow (?:scale|score)",
    "morse fall scale",
    "barthel index",
    "katz index",
    "(?:australia-modified )?karnofsky(?: performance (?:status|scale|score))?",
    "rockwood clinical frailty scale",
    "wells criteria",
    "denver criteria",
    "memphis criteria",
    "marshall grade",
    "marshall classification",
    "marshall score",
    "rotterdam score",
    "helsinki ct score",
    "vancouver classification",
    "brisbane criteria",
    "san diego criteria",
    "new york heart association",
    "birmingham hip resurfacing",
    # eponymous stains, media, signs, scores and organisms of the chest and the ICU
    "ziehl-neelsen",
    "l[oö]wenstein-jensen",
    "middlebrook(?: 7h\\d+)?",
    "auramine-rhodamine",
    "kinyoun",
    "koch['’]s bacillus",
    "koch['’]s postulates",
    "mantoux",
    "ghon (?:focus|complex|lesion)",
    "ranke complex",
    "pott['’]?s disease",
    "rasmussen['’]?s? aneurysm",
    "murray (?:lung injury )?score",
    "babinski(?: sign| reflex)?",
    "child-pugh(?: [abc]\\b)?",
    "child-turcotte-pugh",
    "glasgow-blatchford",
    "richmond agitation-sedation scale",
    "berlin definition",
    "swan-ganz",
    "kerley [abc] lines?",
    "hampton['’]?s hump",
    "westermark['’]?s? sign",
    "black lung",
    "brown lung",
    "white lung",
    # scales, scores and signs named in Portuguese, Spanish, French or Italian: "Escala de
    # Barthel", "escore de Wells", "sinal de Golden", "índice de Charlson"
    "(?:escala|escore|[íi]ndice|score|sinal|signo|signe|segno|classifica[çc][ãa]o|"
    "clasificaci[óo]n|crit[ée]rios?) (?:de |do |da |du )?[^\\W\\d_][\\w']+",
    # acronyms of organisms and tests that read as a site's initials
    "mac",
    "mtb",
    "tst",
    "igra",
    # eponymous syndromes and models whose name reads as a person's
    "lady windermere syndrome",
    "lady windermere",
    "churg-strauss",
    "mallory-weiss",
    "birt-hogg-dub\\w*",
    "salter-harris",
    "mounier-kuhn",
    "swyer-james(?:-macleod)?",
    "erdheim-chester",
    "osler-weber-rendu",
    "chilaiditi sign",
    "chilaiditi syndrome",
    "quantiferon(?:-tb)?(?: gold)?(?: plus)?",
    "t-spot(?:\\.tb)?",
    "fleischner society",
    "fleischner criteria",
    "fleischner guidelines",
    "per fleischner",
    "brock model",
    "brock score",
    "herder model",
    "herder score",
    "seldinger technique",
    "seldinger",
    "cath lab",
    "cath labs",
    # reporting systems
    "bi-rads",
    "li-rads",
    "pi-rads",
    "ti-rads",
    "o-rads",
    "lung-rads",
    "c-rads",
    "ni-rads",
    "cad-rads",
    "vi-rads",
    # code systems and their codes: "ICD-10 Z87.891", "LOINC 36643-5", "SNOMED CT 233604007"
    "(?:icd-?(?:9|10|11|o)(?:-cm|-pcs)?|cpt|hcpcs|snomed(?: ct)?|loinc|radlex|ndc|drg)"
    "(?: code)?:?#?\\s*(?:[^\\W\\d_]{0,3}\\d[\\w.\\x2d]*)?",
    # contrast and drug lot numbers: "lot 4471", "Lot #B2290"
    # (not a lot of land: "Lot 6 Old Coach Road")
    "lot(?: no\\.?| number| #)?:?\\s*[^\\W\\d_]{0,3}\\d[\\w\\x2d]*"
    "(?=\\s*(?:[,;.)]|$|\\s(?:and|exp\\w*|batch|used|given|was|with|no)\\b))",
    # ICD-10 codes in a list after one ("ICD-10 Z87.891; F17.210"), registered trials, forms
    # and standards: public numbers, no patient's
    "(?<![\\w.])[abcdefghijklmnopqrstvwxyz]\\d\\d\\.\\d{1,4}(?![\\w.])",
    "nct\\d{8}",
    "isrctn\\d{8}",
    "npsg\\.[\\d.]*\\d",
    "(?:form )?ds-\\d{4}",
    "(?:study |research |trial )?protocol(?: no\\.?| number| #)?:?"
    "\\s*[^\\W\\d_]*[\\w\\x2d]*\\d[\\w\\x2d]*",
    # the web pages of public bodies, standards and guidelines: no patient's address
    "https?://(?:www\\.)?(?:acr\\.org|rsna\\.org|who\\.int|cdc\\.gov|nih\\.gov|"
    "ncbi\\.nlm\\.nih\\.gov|clinicaltrials\\.gov|nice\\.org\\.uk|radiopaedia\\.org|"
    "uspreventiveservicestaskforce\\.org|cancer\\.gov|ilo\\.org|osha\\.gov|fda\\.gov|"
    "ema\\.europa\\.eu|rcr\\.ac\\.uk|ranzcr\\.com|car\\.ca|hl7\\.org|dicomstandard\\.org|"
    "nema\\.org|ihe\\.net|loinc\\.org|snomed\\.org|fleischner\\.org|brit-thoracic\\.org\\.uk|"
    "thoracic\\.org|ersnet\\.org|chestnet\\.org|nccn\\.org)(?:/[^\\s<>\"')]*)?",
    # guideline bodies and readers of the profession
    "uspstf(?: 20\\d\\d)?",
    "b-reader",
    "kerley(?: [abc])?(?: lines?)?",
    "care everywhere",
    # public holidays, which name no one: "Victoria Day long weekend"
    "(?:victoria|canada|labou?r|memorial|boxing|australia|anzac|waitangi|remembrance|"
    "independence|veterans|columbus|presidents'?|family|heritage|thanksgiving|christmas|"
    "new year's|st\\.? patrick's|martin luther king(?: jr\\.?)?|mlk|juneteenth|may|"
    "emancipation|national day for truth and reconciliation|civic|discovery|louis riel|"
    "islander|nunavut|saint-jean-baptiste|orangemen's|armistice|commonwealth) day",
    "good friday",
    # charities' nurses, named after a person: "a Marie Curie nurse", "the Macmillan team"
    "(?:marie curie|macmillan) (?:nurses?|team|cancer support|clinical nurse specialists?|cns)",
    "eid al-(?:adha|fitr)",
    "eid ul-(?:adha|fitr)",
    "ramadan",
    "diwali",
    "deepavali",
    "hanukkah",
    "yom kippur",
    "rosh hashanah",
    "passover",
    "(?:lunar|chinese) new year",
    "vesak",
    "lent",
    "easter (?:monday|sunday|weekend)",
    "(?:greek|orthodox) easter",
    "melbourne cup",
    "christmas eve",
    "new year's eve",
    # the section tags of RADEX's case layout: "<Case Presentation>"
    "case description",
    "case presentation",
    "case discussion",
    # public bodies of health, safety, labour and benefits, named by their initials, which are
    # no care site: "certified by NIOSH", "sent to CDC", "billed to DVA"
    "cdc",
    "niosh",
    "osha",
    "msha",
    "ilo",
    "nih",
    "fda",
    "ecdc",
    "paho",
    "ukhsa",
    "mhra",
    "icmr",
    "wcb",
    "wsib",
    "dva",
    "nhif",
    # a log's levels: "Log level set to INFO"
    "info",
    "debug",
    "warn",
    # bodies and roles of the profession
    "royal college of radiologists",
    "royal college of physicians",
    "royal college of surgeons",
    "royal college of nursing",
    "royal australian and new zealand college of radiologists",
    "caldicott guardian",
    "society of radiographers",
    "american college of radiology",
    "radiological society of north america",
    # devices, makers and products that carry a name
    "port-a-cath",
    "swan-ganz",
    "sengstaken-blakemore",
    "minnesota tube",
    "hickman line",
    "groshong line",
    "denver shunt",
    "greenfield filter",
    "starr-edwards",
    "bjork-shiley",
    "edwards sapien",
    "edwards lifesciences",
    "zimmer biomet",
    "st\\.? jude medical",
    "boston scientific",
    "agfa enterprise imaging",
    "siemens healthineers",
    "ge healthcare",
    "canon medical",
    "philips healthcare",
    "medtronic",
    "x-ray",
    "hounsfield units?",
    "x-rays",
)
ALLOWED = re.compile(
    r"(?i:(?<!\w)(?:"
    + "|".join(t.replace(" ", r"\s+").replace("-", r"[-\s]") for t in CLINICAL_TERMS)
    + r")(?!\w))"
)


def clinical_terms(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every clinical term of :data:`CLINICAL_TERMS` in ``text``."""
    return [m.span() for m in ALLOWED.finditer(text)]
