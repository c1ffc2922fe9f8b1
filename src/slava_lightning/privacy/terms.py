"""Clinical terms that hold a person's or a place's name and are never PHI.

Eponymous signs, scales, classifications, rules, procedures and devices ("Sister Mary Joseph
nodule", "Glasgow Coma Scale", "Los Angeles grade C", "San Francisco syncope rule", "pouch of
Douglas"), and bodies and roles of the profession ("Royal College of Radiologists", "Caldicott
Guardian"). A span the layers find wholly inside one of them is dropped; a site's deny terms are
still masked. The list is written from the clinical vocabulary, not from any test sentence: a
term belongs here only when the words in it never point to a patient, a carer or a site.
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
    # the section tags of RADEX's case layout: "<Case Presentation>"
    "case description",
    "case presentation",
    "case discussion",
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
