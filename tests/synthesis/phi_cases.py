"""A labelled PHI test set: clinical-style sentences with gold spans marked ``{{kind:text}}``.

Written for these tests (no real patient appears). Sentences without markup are hard negatives:
anatomy, measurements, vertebral levels, grades and fractions that a careless scrubber would mask.
"""

from __future__ import annotations

import re

LABELLED = [
    # dates
    "The radiograph was obtained on {{date:12/03/2019}} in the emergency department.",
    "Admitted {{date:2021-07-14}} with fever; discharged {{date:July 20, 2021}}.",
    "Follow-up CT dated {{date:3 March 2018}} showed resolution.",
    "Symptoms began in {{date:2015}} and worsened since {{date:March 2017}}.",
    "Seen on the {{date:5th of June}} by the respiratory team.",
    "Report date: {{date:09.11.2020}}.",
    "Previous admission {{date:Sept 4, 2016}} for pneumonia.",
    # ages
    "A {{age:45-year-old}} woman presented with cough.",
    "{{age:67 y/o}} male smoker with haemoptysis.",
    "The patient, {{age:aged 82}}, had a fall.",
    "She is {{age:30 years of age}} and a non-smoker.",
    "A {{age:6-month-old}} infant with stridor.",
    "{{age:58M}} presenting with chest pain.",
    "History: {{age:72 yo}} with COPD.",
    # names with titles or labels
    "Reviewed by {{name:Dr. Sarah Connor}} and {{name:Prof Alan Grant}}.",
    "{{name:Mrs Eleanor Rigby}} attended with her daughter.",
    "Referred from {{name:Dr Patel}} at the district clinic.",
    "Patient: {{name:John Doe}} was transferred overnight.",
    "{{name:Mr. James O'Neill}} declined the biopsy.",
    "Dictated by: {{name:Maria Gonzalez}}.",
    "Discussed with {{name:Ms J. Watson}} on the ward.",
    # record numbers and identifiers
    "{{id:MRN: 00482915}} was linked to the study.",
    "{{id:Medical record number 7734-2210}} on the request form.",
    "{{id:Accession #A-55290013}} refers to the chest film.",
    "{{id:NHS number 943 476 5919}} recorded at triage.",
    "Her {{id:SSN 123-45-6789}} was on the insurance card.",
    "{{id:Patient ID: 88213}} matched the wristband.",
    # phone numbers
    "Call the family on {{phone:(555) 123-4567}} if results change.",
    "Contact radiology at {{phone:+44 20 7946 0958}} for questions.",
    "Tel: {{phone:0161 496 0123}} is the ward extension.",
    "Pager {{phone:617-555-0199}} for the on-call resident.",
    # addresses
    "Lives at {{address:221 Baker Street, London}} with his wife.",
    "Home address {{address:1600 Pennsylvania Avenue, Washington, DC 20500}}.",
    "Forward letters to {{address:PO Box 4471}}.",
    "Transferred from {{address:45 Elm Rd}} nursing home.",
    # e-mail
    "Images were e-mailed to {{email:j.smith@example-hospital.org}}.",
    "Send questions to {{email:radiology.desk@nhs.example.uk}} today.",
    # several in one sentence
    "{{name:Dr. Lee}} called {{phone:555-867-5309}} on {{date:2/14/2022}} about {{id:MRN 5567123}}.",
    "{{age:54-year-old}} man, {{email:patient1@mail.com}}, {{address:12 Oak Lane}}.",
    "Seen {{date:Jan 3, 2020}}; {{age:age 41}}; {{name:Mr Brown}}.",
    # hard negatives
    "Fracture of the left 5th rib with a 2 cm pleural effusion.",
    "Compression deformity of T12 and mild degenerative change at C5-C6.",
    "A 3.5 x 2.1 cm mass in the right upper lobe, grade 2/3 opacity.",
    "PA and lateral views; the heart is normal in size (CTR 0.45).",
    "Posterior 7th-9th ribs intact; lower third of the lung clear.",
    "Dr aside, the drain tip lies at the level of T10, 12 mm from the carina.",
    "Endotracheal tube 4 cm above the carina; NG tube in the stomach.",
    "Bilateral 1-2 mm nodules, 10 of which are calcified, at 3 o'clock.",
    "Right IJ catheter with tip at the cavoatrial junction, Fleischner category 2.",
    "Opacity may be infective; see the Fleischner 2017 guidance and the 4th ventricle.",
]

_MARK = re.compile(r"\{\{(\w+):(.*?)\}\}")


def parse(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Plain text and gold ``(start, end, kind)`` spans of one marked sentence."""
    text, spans, pos = [], [], 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        text.append(before)
        length += len(before)
        spans.append((length, length + len(m.group(2)), m.group(1)))
        text.append(m.group(2))
        length += len(m.group(2))
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), spans


#: Written after the scrubber's patterns were frozen and never used to tune them: an honest estimate.
HELD_OUT = [
    "Chest film taken {{date:14 Feb 2023}} at 08:40.",
    "He was first seen on {{date:04/11/21}} at the clinic.",
    "Follow-up arranged for {{date:November 2024}}.",
    "CT performed {{date:2019.06.30}} for staging.",
    "Admission on {{date:Monday 3rd April}} after a fall.",
    "An {{age:83-year-old}} retired miner with dyspnoea.",
    "The boy, {{age:11 years old}}, inhaled a peanut.",
    "Infant {{age:aged 3 months}} with bronchiolitis.",
    "{{age:34F}}, non-smoker, with cough.",
    "Elderly patient ({{age:age: 90}}) in a nursing home.",
    "Seen by {{name:Dr. Rebecca Oduya}} in the chest clinic.",
    "Consultant: {{name:Prof. K. Mensah}}.",
    "{{name:Miss Amelia Hart}} was admitted.",
    "Images reviewed with {{name:Doctor Ivanova}} yesterday.",
    "Referred by: {{name:Tom Becker}}.",
    "{{id:Hospital number: K4471902}} on the label.",
    "Her {{id:record no. 4400-1123}} was incorrect.",
    "{{id:Accession number 2023-118842}} for the CT.",
    "{{id:Case no. 5521}} in the teaching file.",
    "Reach the ward at {{phone:020 7188 7188}} after 5 pm.",
    "Mobile: {{phone:07700 900123}} (daughter).",
    "Fax results to {{phone:(212) 555-0147}}.",
    "He lives at {{address:77 Market Street, Leeds}} alone.",
    "Correspondence to {{address:9 Queen's Road}} only.",
    "Home: {{address:350 Fifth Avenue, New York, NY 10118}}.",
    "Write to {{email:r.hart@clinic.example}} for copies.",
    "{{email:imaging-team@example.co.uk}} holds the originals.",
    "Discharged {{date:1/2/2020}}; GP {{name:Dr Khan}} informed.",
    "A {{age:2-year-old}} seen on {{date:Aug 12}} by {{name:Mr. Olsen}}.",
    "Contact {{email:ward7@hospital.example.org}} or {{phone:+1 617 555 0100}}.",
    # hard negatives
    "Nodule of 8 mm at the 6th anterior rib, unchanged at 3 months.",
    "L1 wedge fracture; T4-T6 osteophytes; 5 o'clock position of the hilum.",
    "Tube 2.5 cm above the carina; 30 degrees of scoliosis; 1 in 4 risk.",
    "Cardiothoracic ratio 0.6; effusion depth 45 mm; volume about 500 ml.",
    "St. George's protocol, grade 3 of 4, Wells score 6.",
]
