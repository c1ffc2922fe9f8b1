"""Person-name detector: titles, labels, "Last, First M.", initials, ALL CAPS and bare names.

Text is cut into word tokens; neighbouring capitalised tokens (``Sarah``, ``O'Neill``, ``HOWARD``,
an initial ``K.``, particles such as ``van der``) form *runs*. A run is a name when

- a title precedes it (``Dr``, ``MRS.``, ``Prof``...), or a label does (``Patient:``, ``Dictated
  by``, ``discussed with``...);
- its words look like a name: each is a census first name or surname, or a word no dictionary
  knows, and at least one is a census name that is not also an English word (``Sarah Connor``,
  ``Thi Lan Nguyen``, but not ``Mild Cardiomegaly`` or ``May Be``);
- it is ``Last, First [M.]`` with a census surname before the comma, or an initial before a
  census surname (``J. Watson``);
- it is one census first name that is not an English word (``Linda``).

A run followed by an eponym head ("Kerley B lines", "Swan-Ganz catheter", "Hodgkin lymphoma") is a
medical term, not a person.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

from slava_lightning.privacy.gazetteer import (
    PRODUCT_WORDS,
    STOP_WORDS,
    any_first_names,
    common_words,
    first_names,
    foreign_words,
    frequent_words,
    italian_words,
    surnames,
    words,
)
from slava_lightning.privacy.german import is_german, is_german_word
from slava_lightning.privacy.spans import Span

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*")
_IU_MASK = re.compile(r"X{2,}")
#: Titles that stand before a name ("Dr", "MRS.", "Herr"); a log-in made of a name leaves them out.
TITLES = words(
    "dr doctor mr mrs ms mx miss mister prof professor sister nurse rev reverend fr father sr "
    "sir dame lady lord madam capt captain col sgt lt mme mlle herr frau dre dra sra srta adv "
    # Italian: "Dott. Sala", "Dr.ssa Vitale", "sig.ra Pellegrini", "Prof.ssa", "gent. Rossi"
    "dott dott.ssa dr.ssa prof.ssa sig sig.ra sig.na"
)
_PARTICLES = words(
    "van von der den de la le du da di del della dos das do bin binti ibn al el ter ten y zur zum "
    "ó ní nic uí mhic"
)
_LABELS = re.compile(
    r"(?i:\b(?:patient(?:['’]s)?\s+name|patient|pt|name|surname|forename|(?:first|last|given|"
    r"family)\s+name|electronically\s+signed\s+by|signed(?:\s+by)?|dictated\s+by|transcribed\s+by|"
    r"referred\s+by|referring(?:\s+(?:physician|doctor|clinician|provider|consultant))?|"
    r"(?:reviewed|read|reported|verified|approved|authori[sz]ed|seen|examined|performed|ordered|"
    r"requested|interpreted|scanned|acquired|discussed)\s+(?:by|with)|attending(?:\s+physician)?|"
    # any participle before "by": "placed by", "protocoled by", "supervised by"
    r"(?-i:[a-z]+ed)\s+by|(?:conveyed|explained|given|shown|told|handed|passed|escalated|phoned|"
    r"e-?mailed|telephoned|reported|presented|introduced|read\s+back)\s+to|"
    r"interpreter|chaperone|carer|caregiver|relative|witness|"
    r"radiologist|physician|technologist|radiographer|sonographer|resident|fellow|registrar|"
    r"consultant|surgeon|clinician|provider|gp|cc|attn|c/o|d/w|spoke\s+(?:with|to)|called|"
    r"paged|notified|informed|contacted|(?:copied|cc['’]?d|sent|forwarded|faxed|released)\s+to|communicated\s+(?:with|to)|relayed\s+to|mother|father|"
    r"wife|husband|daughter|son|sister|brother|partner|guardian|next\s+of\s+kin|"
    r"emergency\s+contact|on\s+behalf\s+of|dear|hi|hello|thanks|final\s+read|overread|by|contact|to|"
    r"from|and|"
    # who a claim or a bill is about, with a colon: "Insured: Marisol Vega", "Claimant: ..."
    r"insured(?:['’]s\s+name)?|subscriber|claimant|beneficiary|guarantor|policy\s?holder|enrollee|"
    r"adjuster|attorney|counsel|responsible\s+party|account\s+holder)\b)(?P<colon>\s*[:–—-])?[\s,]*$"
)
_TITLE_BEFORE = re.compile(
    r"(?i:\b(" + "|".join(sorted(TITLES, key=len, reverse=True)) + r"))\.?[ \t]*$"
)
#: Capitalised words that open a run but belong to the context ("Patient John Doe").
_LEAD_WORDS = TITLES | words(
    "patient pt name radiologist physician attending consultant resident fellow registrar "
    "surgeon technologist radiographer referring called paged notified informed contacted "
    "discussed reviewed dictated signed transcribed reported verified approved copied cc per "
    "guardian mother father wife husband daughter son sister brother partner interpreter "
    "chaperone carer caregiver relative friend neighbour neighbor technician midwife paramedic "
    "therapist pharmacist student intern porter team present supervised protocoled protocolled "
    "approved supervisor dear hi hello thanks"
)
# Labels that introduce a name only with a colon (too common as plain words otherwise).
_COLON_ONLY = frozenset(
    {"to", "from", "and", "contact", "name"}
    | words(
        "insured subscriber claimant beneficiary guarantor policyholder policy enrollee adjuster "
        "attorney counsel responsible account"
    )
)
#: Words after a run that make it a medical eponym, not a person.
EPONYM_HEADS = words(
    "disease syndrome sign signs line lines sarcoma tumor tumour lymphoma hernia catheter tube "
    "classification criteria score scale fracture palsy esophagus oesophagus node nodes space "
    "triangle hump tear tears valve procedure operation repair shunt stent drain pouch "
    "foramen ligament angle artery canal duct effect phenomenon test maneuver manoeuvre method "
    "protocol guidance guidelines society view views position projection technique cell cells "
    "body bodies lesion lesions nodule nodules anomaly deformity malformation pattern type stage "
    "index ratio rule rules law aneurysm abscess pneumonia infection fever granulomatosis "
    # devices named after their makers or inventors: "Starr-Edwards mitral prosthesis"
    "prosthesis prostheses bioprosthesis prosthetic bioprosthetic mechanical mitral aortic "
    "tricuspid pulmonic device devices pump clip clips coil coils filter port pacemaker "
    "defibrillator graft occluder sump "
    # more findings and sequences named after people: "Ranke complex", "Simon foci"
    "complex foci focus sequence canal canals cyst cysts neuroma ulcer ulcers "
    # orthopaedic hardware and anatomy named after people: "Steinmann pin", "Killian's dehiscence"
    "pin pins wire wires nail nails dehiscence diverticulum diverticula croup"
)
_INFLECTIONS = (
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("er", ""),
    ("al", ""),
    ("ic", ""),
    ("ation", "e"),
    ("ation", "ate"),
)
# Endings of clinical vocabulary that names do not have.
_CLINICAL_SUFFIX = re.compile(
    r"(?:itis|osis|oses|emia|aemia|ectasis|ectomy|otomy|ostomy|plasty|scopy|graphy|gram|(?<![aeiou])omas?|"
    r"opathy|megaly|ular|ous|ive|ical|ated|ating|ation|ism|ness|ment|ity|ities|logy|logic|genic|"
    r"itic|otic|phytes?|ae|ized|ised|ing|eal|iac|oid|ics?)$"
)
_CLINICAL = words(
    "carina chin pa ap lat ct mri cxr icu picc svc ivc copd chf cabg ett ng ngt og pe ards "
    "mild moderate severe left right upper lower "
    # departments and staff abbreviations that follow "called", "discussed with"...
    "ed er icu ccu pacu nicu picu ir rn np md pa pcp ent gi ob obgyn ptx pts rrt ems"
)
# Endings of procedures and findings that follow an eponym ("Ivor Lewis esophagectomy").
_PROCEDURE_SUFFIX = re.compile(
    r"(?:ectomy|otomy|ostomy|plasty|pexy|plication|scopy|graphy|itis|osis|omas?|emia|aemia|"
    r"ectasis|opathy|megaly|lysis|rrhaphy|desis)$"
)
#: Words after a one-word run that make it a person ("Okafor agreed", "Emeka was positioned").
_PERSON_VERBS = words(
    "agreed agrees declined declines consented consents tolerated tolerates underwent undergoes "
    "denies denied complains complained presented presents arrived attended refused refuses "
    "reports states stated wishes prefers returned returns could couldn cannot can would will "
    "has had needs needed wants wanted says said feels felt lives lived works worked walked "
    "fell remains remained became becomes asks asked reported describes described"
)
_PERSON_AFTER_BE = words(
    "seen scanned positioned transferred admitted brought counselled counseled informed unable "
    "booked reviewed examined discharged asked told advised able seated placed"
)
#: Lower-case words that are no name after a cue, though the census lists some ("Will", "Patient"):
#: auxiliaries, and the people of a ward by their role.
_NO_LOWER_NAME = words(
    "will would shall should can could may might must has have had having been be being is are re "
    "was were do does did done patient patients nurse nurses doctor doctors escort staff team "
    "charge family relative relatives porter radiographer technologist tech clerk consultant "
    "registrar resident fellow attending interpreter parent parents carer guardian pt pts hx dx "
    "rx tx sx fx cxr ekg ecg icu ed er rt ot pt's protocol request policy line lines desk "
    "station team office unit staff practitioner practitioners specialist navigator manager "
    "educator led call hotline said says signs signed reads wants asked told thinks thought "
    "page screen portal button link details credentials attempt failed successful"
)
#: Words of Italian, Spanish, French and Portuguese that open an eponym before its particle
#: ("Ernia di Bochdalek", "Scala di Braden", "Signe de Kerley", "Síndrome de Down").
ROMANCE_EPONYM_HEADS = words(
    "ernia sindrome malattia morbo segno segni scala linea linee manovra classificazione criteri "
    "punteggio legge fenomeno triangolo spazio tubo sonda valvola test indice cellule "
    "síndrome enfermedad signo escala maniobra clasificación criterios ley hernia "
    "syndrome maladie signe signes échelle manœuvre critères loi hernie triangle espace "
    "doença sinal manobra classificação critérios"
)
# words of Italian that English does not use: two of them make a sentence Italian
_ITALIAN = re.compile(
    r"(?i:(?<![\w'’])(?:il|della|delle|dei|degli|dello|nella|nelle|nel|alla|alle|allo|che|non|è|"
    r"sono|una|uno|gli|con|dal|dalla|al|presso|ed|ha|hanno|sul|sulla|questo|questa|dopo|"
    r"anche|oggi|ieri|domani|già|più|perché)(?![\w'’]))"
)
#: Cues after which lower-case words that no dictionary knows are a name ("called maria gonzalez").
_LOWER_CUE = re.compile(
    # "ms" after a figure is milliseconds ("QTc above 500 ms needs review")
    r"(?i:\b(?:dr|doctor|nurse|mr|mrs|(?<!\d )(?<!\d)ms|prof|rn|np)\b\.?|\b(?:discussed|reviewed|spoke|talked)\s+"
    r"(?:with|w/|to)|\b(?:d/w|w/)|\b(?:called|paged|notified|informed|per|contacted|cc|told|asked)"
    r"\b:?|\b(?:confirmed|conferred|checked)\s+with|\b(?:texted|messaged|sent|e-?mailed|faxed|"
    r"forwarded|handed|given|reported|read\s+back)\s+to:?|\b(?:escorted|accompanied|transported|"
    r"e-?signed|signed)(?:\s+by)?|\b(?:user(?:name)?|login|tech|technologist|radiographer):?|"
    # a sign-off after a dash at the end: "pls add lat view - kiri"
    r"(?:^|\s)[-–—](?=[ \t]*[a-z][\w'’-]*(?:[ \t]+[a-z]\b)?\.?$))"
    r"[ \t]*(?=[a-z])"
)
# Letters of non-Latin scripts (Cyrillic, Arabic, Hebrew, Indic, Thai, Hangul, kana, Han): in an
# English report such words are names or places. Greek is left out (alpha, beta, mu are units).
_SCRIPT = (
    "\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f"
    "\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
)
_NON_LATIN = re.compile(
    f"[{_SCRIPT}]{{2,}}(?:[ \t·・]+[{_SCRIPT}]+)*|[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)
# Japanese or Chinese prose, not a name: a run with two particles or endings in hiragana, or
# more Han characters than a name and its place hold ("両肺に明らかな異常陰影なし")
_PROSE = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff][のにはをがでとなしたるすもへや]")
#: Labels and report words in Japanese, Chinese and Korean that are no names.
_CJK_WORDS = words(
    "住所 住址 地址 患者 氏名 姓名 名前 電話 电话 携帯 手机 生年月日 出生日期 年齢 年龄 性別 性别 男性 女性 "
    "病院 医院 醫院 檢查 检查 检查日期 檢查日期 檢查項目 病歷號 病历号 病歷 病历 診断 诊断 診斷 所見 所见 "
    "結論 结论 胸部 両肺 肺野 先生 様 さん 主治医 撮影 報告 报告 報告書 备注 備考 内科 外科 放射線科 "
    "放射科 影像科 依頼医 依頼 科室 床号 床號 住院号 住院號 门诊 門診 환자 이름 성명 주소 전화 "
    "생년월일 나이 성별 검사 검사일 소견 결론 판독 병원"
)
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{9,}")
#: Greetings in scripts other than Latin, which open a message and name no one.
_GREETINGS = words(
    "你好 您好 谢谢 謝謝 再见 再見 안녕하세요 감사합니다 こんにちは ありがとう здравствуйте привіт"
)
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7af]+")


#: Arabic words of grammar: a run that holds one is a sentence, not a name.
_ARABIC_FUNCTION = words(
    "في من على لا ما تم إلى الى عن مع هذا هذه أو او ولا وما قد كان يوجد توجد الآن بكرة الساعة"
)
_ARABIC_WORD = re.compile(r"[\u0600-\u06ff]+")


def _script_prose(run: str) -> bool:
    """Whether a run of another script is prose, not a name: a greeting, three Arabic words or
    more with a word of grammar among them ("لا يوجد انصباب"), Cyrillic words of which a later
    one is in lower case ("Результат аналізу негативний"; names are capitalised), or four Hangul
    words or more (a Korean name is one to three)."""
    if run in _GREETINGS:
        return True
    arabic = _ARABIC_WORD.findall(run)
    if len(arabic) >= 3 and any(w in _ARABIC_FUNCTION for w in arabic):
        return True  # "لا يوجد انصباب جنبي": Arabic prose; a name rarely holds a word of grammar
    cyrillic = _CYRILLIC_WORD.findall(run)
    if len(cyrillic) >= 2 and any(w[0].islower() for w in cyrillic[1:]):
        return True
    return len(_HANGUL_WORD.findall(run)) >= 4


#: Dotted letter pairs that are no initials.
_NOT_INITIALS = words("am pm iv nb ps po pr im sc od os ou ad bc dc ie eg uk usa us ap pa ll")
# A capital inside a word after lower-case letters: names have it only after a prefix ("McAllister",
# "MacNeil", "DeShawn", "LaToya"); products have it after anything ("MitraClip", "DigitalDiagnost").
_CAMEL_PREFIXES = words("mc mac fitz de di da du la le van von vander del della st ben abu ap")


def _camel_parts(word: str) -> list[str]:
    """The lower-cased parts of a camel-case word ("MitraClip" -> mitra, clip), or [] for a word
    with no capital after a lower-case letter or one after a name prefix ("McAllister")."""
    cuts = [i for i in range(2, len(word)) if word[i].isupper() and word[i - 1].islower()]
    if not cuts or word[: cuts[0]].lower() in _CAMEL_PREFIXES:
        return []
    return [word[a:b].lower() for a, b in zip([0, *cuts], [*cuts, len(word)], strict=True)]


_TRAILING_PARTICLES = re.compile(
    r",[ \t]*(?:van|von|de|ter|ten)(?:[ \t]+(?:de[nr]?|der))?(?![\w'’])"
)
_LEADING_PARTICLES = re.compile(
    r"(?i:(?<![\w'’])(?:(?:van|von|der|den|de|la|le|du|da|di|del|della|dos|das|do|bin|binti|ibn|zur|zum|"
    r"al|el|ter|ten)[ \t]+)+)$"
)


_LIST_SEP = re.compile(r"[ \t]*(?:[;,/&]|and)[ \t]*")
# Degrees and credentials written after a name: "Tevita Fifita MBChB FRANZCR", "Kelechi RT(R)".
_DEGREES = words(
    "md mbbs mbchb mbbch bmbs do dm dnb dmrd phd msc bsc rn rt rtr np pa pac cnm crna lpn facr "
    "dabr frcr franzcr frcpc frcp frcs mrcp mrcs frcpath mrcgp facp facc fccp mph mba "
    # lawyers, coders and other professions of a claim's paperwork: "Dana Whitlock, Esq."
    "esq esquire jd cpc ccs rhia rhit pharmd dpm lcsw"
)
_SIGN_OFF = re.compile(r"(?:^|\s)(?:[-–—]|--)[ \t]?$")


def _is_degree(word: str) -> bool:
    """Whether ``word`` is a degree or credential ("MD", "FRCR", "MBChB", "RT")."""
    return word.lower() in _DEGREES and not word.islower()


def _cut(toks: list[_Tok], runs: list[list[int]]) -> list[list[int]]:
    """``runs`` cut after a title inside them ("Dear Dr Okonjo" -> "Dear Dr" and "Okonjo", "Per
    Nurse Mere Rangihuna") and before a degree ("Tevita Fifita MBChB"), so what follows the title
    is read after a title and the degree stays out."""
    out = []
    for run in runs:
        piece: list[int] = []
        for i in run:
            if _is_degree(toks[i].text) and piece:
                out.append(piece)
                piece = []
                continue
            piece.append(i)
            if toks[i].key in TITLES and i != run[-1]:
                out.append(piece)
                piece = []
        if piece:
            out.append(piece)
    return out


def _german_word(word: str) -> bool:
    """A German word, or a hyphenated one whose last part is a German word that is
    no surname ("Westermark-Zeichen", "Screening-Runde"; not "Hoffmann-Schäfer")."""
    *head, last = word.split("-")
    if not head:
        return is_german_word(word)
    return is_german_word(last) and _ascii(last.lower()) not in surnames()


def _ascii(word: str) -> str:
    """``word`` with its accents folded and other letters dropped ("ramón" -> "ramon"), as the
    census lists write names."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    #: upper case in a text that is not all upper case ("JANE WEBER" in a sentence) is no shout
    loud: bool | None = None
    #: the two characters after the token ("/o" after the "W" of "W/o")
    after: str = ""
    #: a German word in a German sentence (capitalised as every noun there is: "Rippe")
    native: bool = False

    @property
    def key(self) -> str:
        word = self.text.lower().replace("’", "'")
        return word[:-2] if word.endswith("'s") else word

    @property
    def initial(self) -> bool:
        return (
            len(self.text) == 1 and self.text.isupper() and not self.relation and not self.pronoun
        )

    @property
    def pronoun(self) -> bool:
        """The pronoun "I" before a lower-case word ("Salam, I reached"), no initial."""
        return self.text == "I" and self.after[:1] == " " and self.after[1:2].islower()

    @property
    def relation(self) -> bool:
        """An Indian relation marker's letter, no initial: the "W" of "W/o" (wife of)."""
        return self.text in ("S", "W", "D", "C", "H") and self.after.startswith("/o")

    @property
    def capital(self) -> bool:
        # Irish mutations keep the name capitalised: "hAodha", "nGael", "tSúilleabháin"
        head = self.text[1:] if len(self.text) > 2 and self.text[0] in "hnt" else self.text
        return head[0].isupper() and not _IU_MASK.fullmatch(self.text)


class NameDetector:
    """Finds person names (see the module docstring for the rules).

    Args:
        extra_first: more first names (lower-case), e.g. a hospital's staff list.
        extra_surnames: more surnames (lower-case).
        allow: words never taken for a name (lower-case), e.g. local eponyms.
    """

    def __init__(
        self,
        extra_first: Collection[str] = (),
        extra_surnames: Collection[str] = (),
        allow: Collection[str] = (),
    ) -> None:
        self.first = first_names() | {w.lower() for w in extra_first}
        self.last = surnames() | {w.lower() for w in extra_surnames}
        self.common = common_words()
        self.frequent = frequent_words()
        self.foreign = foreign_words()
        self.allow = _CLINICAL | PRODUCT_WORDS | {w.lower() for w in allow}

    # -- word classes -------------------------------------------------------------------------
    def _parts(self, tok: _Tok) -> list[str]:
        # accents folded, so "Ramón" finds the census "ramon"
        folded = _ascii(tok.key)
        return [p for p in folded.split("-") if p]

    def _common(self, part: str) -> bool:
        if part in self.common or part in STOP_WORDS or part in self.allow:
            return True
        # inflected forms of dictionary words ("radiating", "osteophytes", "walking")
        for suffix, repl in _INFLECTIONS:
            if part.endswith(suffix) and len(part) - len(suffix) >= 3:
                stem = part[: len(part) - len(suffix)] + repl
                if stem in self.common:
                    return True
        return False

    def _rare(self, part: str) -> bool:
        """Whether dictionary word ``part`` is one everyday English does not use ("ilka",
        "keita", "pieter" read as "piet" + "er"): then, capitalised, it may well be a name."""
        if part in self.frequent or part in self.allow or len(part) < 3:
            return False
        return not _CLINICAL_SUFFIX.search(part)

    def word_class(self, tok: _Tok) -> str:
        """``"strong"``: a census name that is no English word; ``"weak"``: a census name that is
        also a word ("Grace", "Miller"); ``"unknown"``: no census name and no English word
        ("Oduya"); ``"word"``: an English, clinical or allowed word (never a name on its own)."""
        if self._product(tok.text) or tok.native:
            return "word"
        parts = self._parts(tok)
        upper = tok.text.isupper()
        # accented Latin letters: no English or clinical word, a name ("Zöchling", "Çetin")
        foreign = not tok.text.isascii()
        # an everyday word of another language is no name either ("Já", "Laudo")
        other_language = tok.key in self.foreign
        best = "word"
        for part in parts:
            if part in STOP_WORDS or part in self.allow:
                continue
            named = part in self.first or part in self.last
            common = (not foreign and self._common(part)) or other_language
            if common and tok.capital and (not other_language or upper) and self._rare(part):
                common = False  # "Ilka", "Keita", "Sapa": archaic English, living names
            if named and not common:
                return "strong"
            if named and not (upper if tok.loud is None else tok.loud):
                best = "weak"
            elif not named and not common and len(part) > 1 and best == "word":
                if not foreign and (_CLINICAL_SUFFIX.search(part) or (upper and len(part) <= 4)):
                    continue
                best = "unknown"
        return best

    def _product(self, word: str) -> bool:
        """Whether ``word`` is a product written in camel case ("MitraClip", "PowerPort"): a part
        is an English word that is no first name ("clip"), unlike "ObaniJesu" or "AnnMarie"."""
        return any(
            p in self.common and p not in self.first and len(p) > 2 for p in _camel_parts(word)
        )

    def score(self, tok: _Tok) -> int:
        """2 for a ``strong`` word, 1 for ``weak`` or ``unknown``, 0 for a ``word``."""
        return {"strong": 2, "weak": 1, "unknown": 1}.get(self.word_class(tok), 0)

    def _strong_first(self, tok: _Tok) -> bool:
        return self.word_class(tok) == "strong" and any(
            p in self.first and p not in STOP_WORDS and not self._common(p)
            for p in self._parts(tok)
        )

    # -- runs ----------------------------------------------------------------------------------
    def _runs(self, text: str, toks: list[_Tok]) -> list[list[int]]:
        runs: list[list[int]] = []
        i = 0
        while i < len(toks):
            if not toks[i].capital:
                i += 1
                continue
            run = [i]
            j = i + 1
            while j < len(toks):
                gap = text[toks[j - 1].end : toks[j].start]
                prev = toks[j - 1]
                if toks[j].capital and (
                    re.fullmatch(r"[ \t]+", gap)
                    or (prev.initial and re.fullmatch(r"\.[ \t]*", gap))
                ):
                    run.append(j)
                    j += 1
                    continue
                # particles: "Maria de la Cruz"
                k = j
                while (
                    k < len(toks)
                    and toks[k].key in _PARTICLES
                    and re.fullmatch(
                        r"\.?[ \t]+" if toks[k - 1].initial else r"[ \t]+",
                        text[toks[k - 1].end : toks[k].start],
                    )
                ):
                    k += 1
                if (
                    k > j
                    and k < len(toks)
                    and toks[k].capital
                    and re.fullmatch(r"[ \t]+", text[toks[k - 1].end : toks[k].start])
                ):
                    run.extend(range(j, k + 1))
                    j = k + 1
                    continue
                break
            runs.append(run)
            i = j
        return runs

    def _eponym(self, text: str, toks: list[_Tok], last: int) -> bool:
        nxt = last + 1
        # skip a trailing single capital ("Kerley B lines", "Golden S sign")
        while nxt < len(toks) and toks[nxt].initial:
            nxt += 1
        if nxt >= len(toks) or toks[nxt].text.isupper():
            return False
        if not re.fullmatch(r"[ \t]+|[ \t]*-[ \t]*", text[toks[nxt - 1].end : toks[nxt].start]):
            return False  # "Keoni Kahale: rule out..." is no "Kahale rule"
        key = toks[nxt].key
        return key in EPONYM_HEADS or (
            toks[nxt].text.islower()
            and toks[nxt].start - toks[last].end == 1
            and len(key) > 6
            and bool(_PROCEDURE_SUFFIX.search(key))
        )

    def _span(self, toks: list[_Tok], run: list[int], text: str) -> Span:
        end = toks[run[-1]].end
        if toks[run[-1]].initial and text[end : end + 1] == ".":
            end += 1
        start = toks[run[0]].start
        if start and text[start - 1] in "'‘ʻ’" and (start == 1 or text[start - 2].isspace()):
            start -= 1  # a Polynesian glottal stop opens the name: "'Ofa Havili"
        return Span("name", start, end)

    def _context(self, text: str, tok: _Tok) -> tuple[str | None, int]:
        """What stands right before ``tok`` (``"title"``, ``"label:"``, ``"label"`` or None), and
        where a title starts (the name span then includes it)."""
        base = max(0, tok.start - 60)
        before = text[base : tok.start]
        particles = _LEADING_PARTICLES.search(before)
        if particles:
            before = before[: particles.start()]
        m = _TITLE_BEFORE.search(before)
        if m and m.group(1)[0].isupper():
            return "title", base + m.start(1)
        m = _LABELS.search(before)
        if m:
            word = m.group(0).split()[0].lower().rstrip(":")
            start = tok.start - len(particles.group()) if particles else tok.start
            if m.group("colon"):
                return "label:", start
            if word not in _COLON_ONLY and not (word == "by" and tok.text.isupper()):
                return "label", start  # "REPLACED BY TRANSP" is an upper-case line
        # particles written in lower case belong to the name: "wristband of van Susa, Dina"
        return None, tok.start - len(particles.group()) if particles else tok.start

    def _split(
        self, toks: list[_Tok], run: list[int], mixed: bool, cued: bool = False
    ) -> list[list[int]]:
        """``run`` cut at English words ("REPORTED BY JAMES WHITFIELD" -> "JAMES WHITFIELD"),
        except a word right beside a strong name ("Salma Kaspar", "Martina Zöchling")."""
        classes = {i: self.word_class(toks[i]) for i in run}
        parts: list[list[int]] = [[]]
        for n, i in enumerate(run):
            tok = toks[i]
            keep = tok.initial or tok.key in _PARTICLES or tok.key in _LEAD_WORDS
            keep = (keep or classes[i] != "word" or self._named(tok)) and not self._product(
                tok.text
            )
            beside = [run[m] for m in (n - 1, n + 1) if 0 <= m < len(run)]
            if (
                not keep
                and tok.key not in STOP_WORDS
                and (mixed or not tok.text.isupper())
                and not self._product(tok.text)
            ):
                keep = any(
                    (
                        classes[j] == "strong"
                        or (classes[j] == "unknown" and (cued or not toks[j].text.isascii()))
                    )
                    and (mixed or not toks[j].text.isupper())
                    for j in beside
                )
            if keep:
                parts[-1].append(i)
            elif parts[-1]:
                parts.append([])
        return [p for p in parts if p]

    def _named(self, tok: _Tok) -> bool:
        return any(p in self.first or p in self.last for p in self._parts(tok))

    def _in(self, tok: _Tok, names: frozenset[str]) -> bool:
        return any(p in names for p in self._parts(tok))

    def _take(
        self,
        toks: list[_Tok],
        run: list[int],
        context: str | None,
        mixed: bool,
        title: str = "",
    ) -> bool:
        words = [i for i in run if not toks[i].initial and toks[i].key not in _PARTICLES]
        classes = [self.word_class(toks[i]) for i in words]
        if context in ("title", "label:"):
            # after a title or a "Name:" label any capitalised word is taken ("Dr. Brown")
            # ... but not a product ("MR Conditional", "GE Revolution"); a doctor's title names
            # a person even of a vendor's name ("Dr. Abbott")
            doctor = title in ("dr", "doctor", "prof", "professor", "dra", "dre")
            return not words or any(
                toks[i].key not in STOP_WORDS and (doctor or toks[i].key not in PRODUCT_WORDS)
                for i in words
            )
        if not words:
            return False
        # an English word that is also a census name ("MARK", "Grace") may stand beside a name
        named = [c != "word" or self._named(toks[i]) for i, c in zip(words, classes, strict=True)]
        beside_ok = mixed or not any(toks[i].text.isupper() for i in words)
        foreign = any(
            c == "unknown" and not toks[i].text.isascii()
            for i, c in zip(words, classes, strict=True)
        )
        if ("strong" in classes or foreign) and len(words) >= 2 and beside_ok:
            return True  # _split kept only words beside the strong name
        if context == "label" and "unknown" in classes and len(words) >= 2 and beside_ok:
            return True  # after a cue _split kept only words beside a name-like word
        if not all(named) or all(c == "word" for c in classes):
            return False
        if context == "label" or ("strong" in classes and len(words) >= 2):
            return True
        if "word" in classes:
            return False
        first, last = toks[words[0]], toks[words[-1]]
        if len(words) >= 2:
            if "strong" in classes:
                return True
            if all(c == "unknown" for c in classes):
                # shouted names in a mixed-case sentence, or with accents; not an upper-case
                # indication line ("TRANSPLEURAL BILOMA")
                shouted = any(toks[i].text.isupper() for i in words)
                return not shouted or mixed or any(not toks[i].text.isascii() for i in words)
            return (
                (self._in(first, self.first) and classes[-1] in ("weak", "unknown"))
                or (classes[0] == "unknown" and self._in(last, self.last))
                # "Pita Havili": a census name beside a word no dictionary knows, in prose
                or (
                    mixed
                    and len(words) == 2
                    and set(classes) == {"weak", "unknown"}
                    and all(toks[i].text.istitle() for i in words)
                )
            )
        if len(run) >= 2 and toks[run[0]].initial:  # "J. Watson"
            return classes[0] == "strong" or (classes[0] != "word" and not last.text.isupper())
        # a lone first name: "Linda was informed"
        return self._strong_first(first) and (first.text[1:].islower() or len(first.text) > 3)

    def _comma_pair(
        self,
        text: str,
        toks: list[_Tok],
        a: list[int],
        b: list[int],
        mixed: bool,
        context: str | None = None,
    ) -> bool:
        """Whether runs ``a``, ``b`` read "Last, First [M.]"."""
        a = [i for i in a if toks[i].key not in _PARTICLES]  # "Van Dessel, Luc"
        if not 1 <= len(a) <= 2 or any(toks[i].initial for i in a) or len(b) > 3:
            return False
        if any(toks[i].key in TITLES for i in (*a, *b)):
            return False  # two titled names listed: "cc Dr Okemaw, Dr Spence"
        if not re.fullmatch(r",[ \t]*", text[toks[a[-1]].end : toks[b[0]].start]):
            return False
        if len(a) == 2 and any(self.word_class(toks[i]) == "word" for i in a):
            return False  # a double surname ("Ruiz Tagle, Magdalena") holds no English word
        words = [i for i in b if not toks[i].initial]
        if context == "label:" and all(toks[i].key not in STOP_WORDS for i in words):
            return True
        both = [*a, *words]
        if (
            context == "label"
            and all(toks[i].key not in STOP_WORDS for i in both)
            and (toks[b[-1]].initial or any(self.word_class(toks[i]) != "word" for i in both))
            and (len(a) == 1 or any(self.word_class(toks[i]) != "word" for i in words))
        ):
            # after a cue ("Called", "cc"), one word, a comma and a given name: a name if any
            # part is a name or the given name ends in an initial
            return True
        classes = [self.word_class(toks[i]) for i in both]
        if "word" in classes:
            return False
        if toks[b[-1]].initial or "strong" in classes:
            return True
        if any(not toks[i].text.isascii() for i in both):
            return True  # accented letters: "WIŚNIEWSKA, KATARZYNA"
        # an upper-case line of terms ("PAIN, CHEST") is no name list
        return mixed or not toks[a[0]].text.isupper()

    @staticmethod
    def _quiet(text: str, toks: list[_Tok]) -> list[_Tok]:
        """``toks`` with upper-case words beside another upper-case word marked as not shouted, in
        a mixed-case text ("cc: GRACE EKWUEME"); short acronyms alone ("Pt POD 6") stay loud."""

        def caps(i: int) -> bool:
            return 0 <= i < len(toks) and toks[i].text.isupper() and len(toks[i].text) >= 3

        def next_to(i: int, j: int) -> bool:
            if not caps(j):
                return False
            a, b = sorted((i, j))
            gap = text[toks[a].end : toks[b].start]
            return caps(j) and re.fullmatch(r",?[ \t]+", gap) is not None

        return [
            _Tok(t.start, t.end, t.text, loud=False, after=t.after)
            if caps(i) and (next_to(i, i - 1) or next_to(i, i + 1))
            else t
            for i, t in enumerate(toks)
        ]

    def _first_and_initial(self, toks: list[_Tok], run: list[int]) -> bool:
        """A given name of any country and a surname's initial ("Liam O.", "Aoife K"): the
        census of 1990 lacks many given names that the world's lists hold."""
        if len(run) != 2 or not toks[run[1]].initial or toks[run[0]].initial:
            return False
        word = toks[run[0]]
        return (
            word.text[0].isupper()
            and not word.text.isupper()
            and word.key in any_first_names()
            and not self._common(word.key)
            and word.key not in STOP_WORDS
            and word.key not in self.allow
        )

    def _surname_and_initials(self, toks: list[_Tok], run: list[int]) -> bool:
        """A census or Gaelic surname and one or two bare initials, as British lists write a
        person ("Crichton M", "MacNeil D I"); "Vitamin D" and "Hepatitis B" are words."""
        if not 2 <= len(run) <= 3 or toks[run[0]].initial:
            return False
        if not all(toks[i].initial and len(toks[i].text) == 1 for i in run[1:]):
            return False
        if toks[run[-1]].text == "X":
            return False  # "Rayos X", "Rayons X": the rays, no person's initial
        word = toks[run[0]]
        gaelic = re.fullmatch(r"(?:Mac|Mc|O['’])[A-Z][a-z]{2,}", word.text) is not None
        return (
            word.text[0].isupper()
            and word.text[1:].islower() | gaelic
            and (gaelic or word.key in self.last)
            and not self._common(word.key)
            and word.key not in self.allow
        )

    def _initials(self, text: str, toks: list[_Tok], run: list[int]) -> bool:
        """Whether ``run`` is two to four dotted initials ("J. K.", "J.K.L."), not "P.A." or
        "A.M."."""
        if not 2 <= len(run) <= 4 or not all(toks[i].initial for i in run):
            return False
        end = self._span(toks, run, text).end
        if not re.fullmatch(r"(?:[A-Z]\.[ \t]?){2,4}", text[toks[run[0]].start : end].strip()):
            return False
        letters = "".join(toks[i].text for i in run).lower()
        return (
            letters not in self.common
            and letters not in self.allow
            and letters not in _NOT_INITIALS
        )

    def _subject(self, toks: list[_Tok], run: list[int]) -> bool:
        """Whether a run of one to four words that look like a name is the subject of a person's
        verb ("Okafor agreed", "Emeka was positioned", "Pieter van der Berg declined")."""
        words = [i for i in run if toks[i].key not in _PARTICLES]
        if not 1 <= len(words) <= 4 or any(toks[i].initial for i in words):
            return False
        classes = [self.word_class(toks[i]) for i in words]
        if "word" in classes or not {"strong", "unknown"} & set(classes):
            return False
        nxt = run[-1] + 1
        if nxt >= len(toks) or toks[nxt].start - toks[run[-1]].end != 1:
            return False
        if toks[nxt].key in _PERSON_VERBS:
            return True
        return (
            toks[nxt].key in ("was", "is")
            and nxt + 1 < len(toks)
            and toks[nxt + 1].key in _PERSON_AFTER_BE
        )

    def _lower_case(self, text: str, toks: list[_Tok]) -> list[Span]:
        """Names typed in lower case after a title or a cue ("dr patel", "called maria gonzalez"):
        one to three lower-case words that no dictionary knows, or census names."""
        spans = []
        starts = {t.start: i for i, t in enumerate(toks)}
        for m in _LOWER_CUE.finditer(text):
            i = starts.get(m.end())
            if (
                i is not None
                and m.group().strip().lower() == "per"
                and (toks[i].key in italian_words() or len(_ITALIAN.findall(text)) >= 2)
            ):
                continue  # Italian "per": "per ridotta collaborazione", "per le basi"
            taken: list[_Tok] = []
            titled = m.group().strip().rstrip(".").lower() in TITLES
            while i is not None and i < len(toks) and len(taken) < 3:
                tok = toks[i]
                if taken and not re.fullmatch(r"[ \t]+", text[taken[-1].end : tok.start]):
                    break
                if taken and len(tok.text) == 1 and tok.text.islower():
                    taken.append(tok)  # "per dana k"
                    break
                if not tok.text.islower() or tok.key in TITLES or tok.key in STOP_WORDS:
                    break
                if tok.key in _NO_LOWER_NAME or tok.key.endswith("ly") or tok.native:
                    break  # "nurse will phone", "your doctor has been", "signed electronically"
                if self.word_class(tok) == "word" and not all(map(self._rare, self._parts(tok))):
                    break
                everyday = tok.key in self.frequent and self._common(tok.key)
                if not (taken or titled) and everyday and tok.key not in self.first:
                    break  # an everyday word the census lists as a surname: "being told first"
                taken.append(tok)
                i += 1
            if taken:
                spans.append(Span("name", m.start() if titled else taken[0].start, taken[-1].end))
                spans += self._lower_list(text, toks, starts, taken[-1].end)
        return spans

    def _lower_list(
        self, text: str, toks: list[_Tok], starts: dict[int, int], end: int
    ) -> list[Span]:
        """Further lower-case names listed after one ("ali reza; mina park and tom o'brien")."""
        spans = []
        while sep := _LIST_SEP.match(text, end):
            i = starts.get(sep.end())
            taken: list[_Tok] = []
            while i is not None and i < len(toks) and len(taken) < 3:
                tok = toks[i]
                if taken and not re.fullmatch(r"[ \t]+", text[taken[-1].end : tok.start]):
                    break
                if not tok.text.islower() or tok.key in STOP_WORDS or tok.key in self.allow:
                    break
                taken.append(tok)
                i += 1
            if not taken or all(self.word_class(t) == "word" for t in taken):
                break
            spans.append(Span("name", taken[0].start, taken[-1].end))
            end = taken[-1].end
        return spans

    def find(self, text: str) -> list[Span]:
        """Spans of person names in ``text``."""
        german = is_german(text)
        toks = [
            _Tok(
                m.start(),
                m.end(),
                m.group(),
                after=text[m.end() : m.end() + 2],
                native=german and _german_word(m.group()),
            )
            for m in _TOKEN.finditer(text)
        ]
        lower = sum(t.text.islower() for t in toks)
        mixed = lower >= max(2, len(toks) // 3)
        if mixed:
            toks = self._quiet(text, toks)
        runs = []
        for run in _cut(toks, self._runs(text, toks)):
            # after a title or a "Name:" label the whole run is the name ("Prof. Ribes")
            context = self._context(text, toks[run[0]])[0]
            if context in ("title", "label:"):
                runs.append(run[:4])
            else:
                parts = self._split(toks, run, mixed, cued=context == "label")
                after_comma = runs and re.fullmatch(
                    r",[ \t]*", text[toks[runs[-1][-1]].end : toks[run[0]].start]
                )
                if after_comma and (not parts or parts[0][0] != run[0]):
                    parts.insert(0, run[:3])  # given names of "Last, First M." kept for the pair
                runs += parts
        spans: list[Span] = self._lower_case(text, toks)
        spans += [
            Span("name", m.start(), m.end())
            for m in _NON_LATIN.finditer(text)
            if len(_PROSE.findall(m.group(0))) < 2
            and not _HAN_RUN.search(m.group(0))
            and m.group(0) not in _CJK_WORDS
            and not _script_prose(m.group(0))
        ]
        for r, run in enumerate(runs):
            # a title or label word that opens the run is context, not name ("Dr Sarah")
            while run and toks[run[0]].key in _LEAD_WORDS:
                run = run[1:]
            if not run:
                continue
            context, start = self._context(text, toks[run[0]])
            nxt_tok = run[-1] + 1
            if context is None and (
                (nxt_tok < len(toks) and _is_degree(toks[nxt_tok].text))
                or _SIGN_OFF.search(text, 0, toks[run[0]].start)
                and re.fullmatch(r"[\s.]*", text[self._span(toks, run, text).end :])
            ):
                context = "label"  # "Kelechi RT(R)", "Tevita Fifita MBChB", "... -Tamara K."
            if (
                context is None
                and spans
                and re.fullmatch(r"\s*(?:[;,/&]|and)\s*", text[spans[-1].end : toks[run[0]].start])
            ):
                context = "label"  # the next name of a list: "cc: A. Obi; GRACE EKWUEME"
            if self._eponym(text, toks, run[-1]) and context not in ("title", "label:"):
                continue
            if (
                len(run) > 2
                and toks[run[0]].key in ROMANCE_EPONYM_HEADS
                and toks[run[1]].key in _PARTICLES
            ):
                continue  # "Ernia di Bochdalek", "Scala di Braden": an eponym, named by its head
            nxt = runs[r + 1] if r + 1 < len(runs) else None
            pair = nxt is not None and self._comma_pair(text, toks, run, nxt, mixed, context)
            title = text[start : toks[run[0]].start].strip(" .\t").lower()
            taken = pair or self._take(toks, run, context, mixed, title)
            taken = (
                taken or self._first_and_initial(toks, run) or self._surname_and_initials(toks, run)
            )
            if not (taken or self._initials(text, toks, run) or self._subject(toks, run)):
                continue
            end = self._span(toks, nxt if pair and nxt else run, text).end
            trailing = _TRAILING_PARTICLES.match(text, end)  # Dutch "Berg, van den"
            spans.append(Span("name", start, trailing.end() if trailing else end))
        return spans
