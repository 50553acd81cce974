"""The wording of the guidance: each rule's default title, detail and source, and the phrases
the rules fill in (classification details, generic foods and activities, site and scanner names).

Kept apart from the rules (:mod:`bonetracker.domain.guidance`) so wording can be reviewed and
changed without touching when a rule fires; ``{name}`` placeholders are filled by the rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from bonetracker.domain.bmd import Basis, Category
from bonetracker.domain.i18n import QT_TRANSLATE_NOOP
from bonetracker.domain.records import DEVICE_LABELS, Device, Site

ISCD = "International Society for Clinical Densitometry (ISCD) official positions"
WHO = "WHO Technical Report 843 (1994); ISCD official positions"
DRI = "US Dietary Reference Intakes (NIH Office of Dietary Supplements)"
ROS = "Royal Osteoporosis Society 2022 'Strong, Steady and Straight'"
ROS_CANADA = f"{ROS}; Osteoporosis Canada 'Too Fit To Fracture' 2014"
FRAX = "FRAX risk factors (Kanis et al., Osteoporos Int 2008)"
PROTEIN = (
    "PROT-AGE study group (Bauer et al., J Am Med Dir Assoc 2013;14:542-559); ESPEN guideline on "
    "clinical nutrition and hydration in geriatrics (Volkert et al., Clin Nutr 2019;38:10-47)"
)
FALLS = (
    "World Guidelines for Falls Prevention and Management 2022 (Montero-Odasso et al., Age Ageing "
    "2022;51:afac205); NICE CG161 Falls in older people (2013)"
)
TREATMENT = (
    "BHOF Clinician's Guide 2022 (LeBoff et al., Osteoporos Int 2022;33:2049-2102); NOGG 2022 "
    "(Gregson et al., Arch Osteoporos 2022;17:58); AACE/ACE 2020 (Camacho et al., Endocr Pract "
    "2020;26 Suppl 1:1-46); ACR 2022 glucocorticoid-induced osteoporosis (Humphrey et al., Arthritis "
    "Rheumatol 2023;75:2088-2102)"
)
ASBMR_2016 = (
    "ASBMR task force on long-term bisphosphonate therapy (Adler et al., J Bone Miner Res 2016;31:16-35)"
)
ECTS_2017 = "ECTS 2017 position on stopping denosumab (Tsourdi et al., Bone 2017;105:11-17)"
LABELS = "Product information (SmPC 4.2) of romosozumab, teriparatide and abaloparatide"
GOALS = (
    "BHOF Clinician's Guide 2022 (goal of treatment: fewer fractures); ISCD official positions "
    "(serial DXA: change shows only after a year or more)"
)
ALCOHOL = "FRAX risk factors (Kanis et al., Osteoporos Int 2008): 3 or more units a day"
HEIGHT_LOSS = (
    "BHOF Clinician's Guide 2022 (LeBoff et al., Osteoporos Int 2022;33:2049-2102): vertebral imaging "
    "after a historical height loss of 4 cm (1.5 in) or more, or a prospective loss of 2 cm (0.8 in) or "
    "more; ISCD official positions (indications for vertebral fracture assessment, VFA)"
)
VITAMIN_D_BLOOD = (
    "IOM 2011 Dietary Reference Intakes for calcium and vitamin D (Ross et al., J Clin Endocrinol Metab "
    "2011;96:53-58): 25(OH)D below 12 ng/mL (30 nmol/L) deficient, 20 ng/mL (50 nmol/L) adequate for most"
)
KIDNEY = (
    "Alendronate (Fosamax) and zoledronic acid (Reclast/Aclasta) product information: not recommended "
    "with creatinine clearance below 35 mL/min"
)
LAB_RANGE = "The reporting laboratory's own reference range"
STEADI = "CDC STEADI (Stopping Elderly Accidents, Deaths & Injuries) assessment tools, 2017"
EWGSOP2 = "EWGSOP2 sarcopenia consensus (Cruz-Jentoft et al., Age Ageing 2019;48:16-31)"
FRAX_RESULT = (
    "FRAX (Kanis et al., Osteoporos Int 2008;19:385-397), result entered from the official calculator"
)
PROGRAMME_ADHERENCE = (
    "Peek et al., adherence to physiotherapist-prescribed self-management, Physiotherapy 2016;102:127-135"
)


class RecCategory(StrEnum):
    """What a recommendation is about."""

    STATUS = "status"
    MONITORING = "monitoring"
    NUTRITION = "nutrition"
    EXERCISE = "exercise"
    LIFESTYLE = "lifestyle"
    MEDICAL = "medical"
    SAFETY = "safety"


# How recommendations are grouped by priority, in the plan pane and the report alike.
PRIORITY_GROUPS: tuple[tuple[int, str], ...] = (
    (1, QT_TRANSLATE_NOOP("guidance", "Do first")),
    (2, QT_TRANSLATE_NOOP("guidance", "This week")),
    (3, QT_TRANSLATE_NOOP("guidance", "Keep in mind")),
)


@dataclass(frozen=True)
class Advice:
    """Default wording of one rule; ``{name}`` placeholders are filled by the rule."""

    priority: int
    category: RecCategory
    title: str
    detail: str
    source: str


_S, _M, _N, _E = RecCategory.STATUS, RecCategory.MONITORING, RecCategory.NUTRITION, RecCategory.EXERCISE
_L, _D, _X = RecCategory.LIFESTYLE, RecCategory.MEDICAL, RecCategory.SAFETY
_FOODS = QT_TRANSLATE_NOOP("guidance", "Foods rich in {nutrient} include {foods}.{note}")

# Insertion order is the stable tie-break after priority (see `guidance.RULE_ORDER`).
ADVICE: Mapping[str, Advice] = {
    "classification": Advice(2, _S, "{title}", "{detail}", WHO),
    "significant_bone_loss": Advice(
        1, _M, QT_TRANSLATE_NOOP("guidance", "Significant bone loss: {sites}"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "The loss is larger than the scanner's least significant change, so it is likely real. Talk to "
            "your doctor about it and review your exercise and nutrition.",
        ), ISCD),
    "significant_bone_gain": Advice(
        3, _M, QT_TRANSLATE_NOOP("guidance", "Significant bone gain: {sites}"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "The gain is larger than the scanner's least significant change. Keep going.",
        ), ISCD),
    "device_changed": Advice(
        2, _M, QT_TRANSLATE_NOOP("guidance", "Scans that cannot be compared"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Results from different scanner makes or machines (unless cross-calibrated), or over different "
            "vertebrae or hip sides, are not interchangeable: their difference is not judged as bone "
            "change. Ask for future scans on the same machine where possible.",
        ), ISCD),
    "scan_due": Advice(
        3, _M, QT_TRANSLATE_NOOP("guidance", "Next DXA scan"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Ask your doctor whether a repeat DXA scan is due. Using the same machine makes the results "
            "comparable.",
        ), f"{ISCD}; Endocrine Society"),
    "calcium_below_target": Advice(2, _N, QT_TRANSLATE_NOOP("guidance", "Eat more calcium"), _FOODS, DRI),
    "calcium_above_upper_limit": Advice(
        2, _N, QT_TRANSLATE_NOOP("guidance", "Calcium above the upper limit"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Very high calcium intake, mostly from supplements, brings risks such as kidney stones. Talk to "
            "your doctor or pharmacist about your supplements.",
        ), DRI),
    "vitamin_d_above_upper_limit": Advice(
        2, _N, QT_TRANSLATE_NOOP("guidance", "Vitamin D above the upper limit"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Over 4,000 IU a day for a long time can raise blood calcium and harm the kidneys. Talk to your "
            "doctor or pharmacist about your supplements; do not change a prescribed dose on your own.",
        ), DRI),
    "vitamin_d_below_target": Advice(2, _N, QT_TRANSLATE_NOOP("guidance", "Get more vitamin D"), _FOODS, DRI),
    "protein_below_target": Advice(2, _N, QT_TRANSLATE_NOOP("guidance", "Eat more protein"), _FOODS, PROTEIN),
    "magnesium_below_target": Advice(3, _N, QT_TRANSLATE_NOOP("guidance", "Eat more magnesium"), _FOODS, DRI),
    "potassium_below_target": Advice(3, _N, QT_TRANSLATE_NOOP("guidance", "Eat more potassium"), _FOODS, DRI),
    "vitamin_k_below_target": Advice(3, _N, QT_TRANSLATE_NOOP("guidance", "Eat more vitamin K"), _FOODS, DRI),
    "log_meals": Advice(
        2, _N, QT_TRANSLATE_NOOP("guidance", "Log your meals"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Log what you eat on most days (at least a week's worth in two weeks) so BoneTracker can check "
            "calcium, vitamin D and protein against the targets.",
        ), DRI),
    "strength_below_target": Advice(
        2, _E, QT_TRANSLATE_NOOP("guidance", "Add strength training"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Do strength exercises on at least {target} days a week, 8-12 repetitions heavy enough to be "
            "hard by the last ones: e.g. {activities}.",
        ), ROS_CANADA),
    "balance_below_target": Advice(
        2, _E, QT_TRANSLATE_NOOP("guidance", "Practise balance every day"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "About 15-20 minutes of balance training a day: e.g. {activities}.",
        ), ROS_CANADA),
    "weight_bearing_below_target": Advice(
        2, _E, QT_TRANSLATE_NOOP("guidance", "Move on your feet more"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Aim for at least {target} minutes a week of weight-bearing activity: e.g. {activities}.{impact}",
        ), ROS_CANADA),
    "programme_adherence": Advice(
        2, _E, QT_TRANSLATE_NOOP("guidance", "Your exercise programme: {percent} % done"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Bone and muscle respond to regular loading, so a programme helps only when it is done most "
            "weeks. If it is too long, too hard or painful, tell your physiotherapist: it can be adjusted "
            "rather than dropped.",
        ), f"{ROS_CANADA}; {PROGRAMME_ADHERENCE}"),
    "spine_safety": Advice(
        1, _X, QT_TRANSLATE_NOOP("guidance", "Protect your spine"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Avoid loaded or repeated forward bending and fast twisting: deep forward bends, sit-ups, toe "
            "touches, twisting while holding weights. Bend at the hips and knees to lift, and include "
            "back-extension exercises.",
        ), ROS),
    "impact_limited": Advice(
        1, _X, QT_TRANSLATE_NOOP("guidance", "Keep impact low"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Keep impact no higher than brisk walking: no jumping, jogging or skipping. Put strength and "
            "balance exercises first; a physiotherapist can tailor a safe programme and say when impact can "
            "be built up.",
        ), ROS_CANADA),
    "fall_prevention": Advice(
        2, _X, QT_TRANSLATE_NOOP("guidance", "Prevent falls"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Practise balance daily, remove trip hazards (loose rugs, clutter), light stairs and night "
            "paths, and wear supportive shoes. Ask your doctor to review eyesight and any medicines that "
            "make you dizzy.",
        ), FALLS),
    "smoking": Advice(
        1, _L, QT_TRANSLATE_NOOP("guidance", "Stopping smoking helps your bones"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Smoking is a fracture risk factor. Your doctor, pharmacist or a stop-smoking service can help "
            "you quit.",
        ), FRAX),
    "alcohol_above_limit": Advice(
        2, _L, QT_TRANSLATE_NOOP("guidance", "Cut down on alcohol"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Drinking 3 or more units a day raises fracture risk. Try alcohol-free days and smaller "
            "measures.",
        ), ALCOHOL),
    "alcohol_not_judged": Advice(
        3, _L, QT_TRANSLATE_NOOP("guidance", "Log alcohol on more days"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Alcohol is a fracture risk factor at 3 or more units a day. Log it (0 on alcohol-free days) on "
            "at least 7 days of 4 weeks so BoneTracker can judge it.",
        ), ALCOHOL),
    "discuss_medication": Advice(
        1, _D, QT_TRANSLATE_NOOP("guidance", "Talk to your doctor about treatment"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "{ask} Medication is a decision for you and your doctor; bring this plan along.",
        ),
        TREATMENT),
    "medication_review": Advice(
        2, _D, QT_TRANSLATE_NOOP("guidance", "Review long-term treatment"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "After {years} years on {kind} bisphosphonate, doctors review whether to continue or take a "
            "break. Talk to your doctor; do not stop or change a medicine on your own.",
        ), ASBMR_2016),
    "denosumab_stopped": Advice(
        1, _D, QT_TRANSLATE_NOOP("guidance", "Denosumab stopped: see your doctor now"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "When denosumab stops without another bone medicine to follow it, the bone gained is lost "
            "quickly and the risk of several spine fractures rises. See your doctor now about what should "
            "follow; if another treatment was started, add it on the Medications page.",
        ),
        f"{ECTS_2017}; denosumab product information (SmPC 4.4)"),
    "anabolic_review": Advice(
        1, _D, QT_TRANSLATE_NOOP("guidance", "{drug}: plan what follows"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "{drug} is licensed for about {months} months, and the bone it builds is kept only when a bone "
            "medicine of another kind follows it. Talk to your doctor about the next step.",
        ),
        LABELS),
    "dose_overdue": Advice(
        1, _D, "{title}", "{detail}",
        "ECTS 2017 position on stopping denosumab (Tsourdi et al., Bone 2017;105:11-17); "
        "product information (SmPC 4.2, missed doses)"),
    "bisphosphonate_timing": Advice(
        3, _D, QT_TRANSLATE_NOOP("guidance", "{drug_title} mornings: calcium later"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Calcium, food and drinks other than plain water stop {drug} from being absorbed. On the "
            "mornings you take it, swallow it on waking with a full glass of plain water and wait at least "
            "{minutes} minutes before breakfast; take a calcium supplement at another time of day. If that "
            "is how it went, all is well.",
        ),
        "Alendronate, risedronate and ibandronate product information (SmPC 4.2 and package "
        "leaflet)"),
    "height_loss": Advice(
        1, _D, QT_TRANSLATE_NOOP("guidance", "Height loss: ask about a spine X-ray"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Losing height can be the only sign of a spine (vertebral) fracture, and such fractures often "
            "cause no pain. Ask your doctor whether a spine X-ray or a vertebral fracture assessment (VFA) "
            "on the DXA scanner is needed.",
        ), HEIGHT_LOSS),
    "strength_tests_low": Advice(
        2, _E, QT_TRANSLATE_NOOP("guidance", "Build leg and grip strength"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Your strength tests are below their norms. Strength exercises on at least 2 days a week, hard "
            "by the last repetitions, improve them; a physiotherapist can set the load.",
        ),
        f"{EWGSOP2}; {STEADI}; {ROS_CANADA}"),
    "vitamin_d_blood_low": Advice(
        2, _D, QT_TRANSLATE_NOOP("guidance", "Vitamin D blood level low: discuss with your doctor"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Mention this result to your doctor, who can say whether a supplement is needed and how much; "
            "do not start high doses on your own.",
        ), VITAMIN_D_BLOOD),
    "kidney_function_low": Advice(
        1, _D, QT_TRANSLATE_NOOP("guidance", "Kidney function: mention this result"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Some bone medicines depend on kidney function; mention this result to your doctor, and to "
            "anyone who prescribes you a bone medicine.",
        ), KIDNEY),
    "calcium_blood_out_of_range": Advice(
        1, _D, QT_TRANSLATE_NOOP(
            "guidance",
            "Blood calcium {direction} the lab's range: discuss with your doctor",
        ),
        QT_TRANSLATE_NOOP(
            "guidance",
            "A blood calcium outside the normal range needs a doctor's look before any change to calcium, "
            "vitamin D or bone medicine.",
        ), LAB_RANGE),
    "lab_out_of_range": Advice(
        3, _D, QT_TRANSLATE_NOOP("guidance", "Bone blood tests outside the lab's range"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Bone-turnover and parathyroid results outside the lab's range are for your doctor to "
            "interpret; mention them at your next visit.",
        ), LAB_RANGE),
    "frax_above_threshold": Advice(
        1, _D, QT_TRANSLATE_NOOP(
            "guidance",
            "FRAX result above the treatment threshold: talk to your doctor",
        ),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Your 10-year fracture probability is at a level where guidelines suggest considering "
            "treatment. Medication is a decision for you and your doctor; bring this result along.{extra}",
        ), FRAX_RESULT),
    "frax_category_missing": Advice(
        3, _M, QT_TRANSLATE_NOOP("guidance", "FRAX result: add the NOGG risk category"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "NOGG's thresholds depend on age, so BoneTracker reads a UK result by the risk category the "
            "NOGG calculator shows. Add it to the result.",
        ), FRAX_RESULT),
    "frax_recalculate": Advice(
        2, _M, QT_TRANSLATE_NOOP("guidance", "Recalculate FRAX"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "Something FRAX uses has changed since the result was worked out. Enter the worksheet again in "
            "the official calculator and record the new result.",
        ), FRAX_RESULT),
    "realistic_goals": Advice(
        3, _S, QT_TRANSLATE_NOOP("guidance", "Set realistic goals"),
        QT_TRANSLATE_NOOP(
            "guidance",
            "The aim is stronger bones and fewer fractures, not necessarily a normal T-score. Changes take "
            "12-18 months or more to show on DXA, and exercise and nutrition work best together; diet alone "
            "is seldom enough.",
        ), GOALS),
}  # fmt: skip

CLASSIFICATION_DETAILS: Mapping[Category, str] = {
    Category.NORMAL: QT_TRANSLATE_NOOP(
        "guidance",
        "Your bone density is in the normal range. Keep up exercise and a calcium- and protein-rich diet to "
        "keep it there.",
    ),
    Category.LOW_BONE_MASS: QT_TRANSLATE_NOOP(
        "guidance",
        "Your bone density is lower than a young adult's but not in the osteoporosis range. Exercise and "
        "nutrition together can help slow loss.",
    ),
    Category.OSTEOPOROSIS: QT_TRANSLATE_NOOP(
        "guidance",
        "Your bone density is in the osteoporosis range. Exercise, nutrition and fall prevention all "
        "matter; talk to your doctor about your fracture risk.",
    ),
    Category.SEVERE_OSTEOPOROSIS: QT_TRANSLATE_NOOP(
        "guidance",
        "Osteoporosis with a fragility fracture is called severe (established) osteoporosis. Talk to your "
        "doctor about your fracture risk.",
    ),
    Category.BELOW_EXPECTED_RANGE_FOR_AGE: QT_TRANSLATE_NOOP(
        "guidance",
        "Your bone density is below what is expected for your age. Talk to your doctor: they may look for a "
        "cause.",
    ),
    Category.WITHIN_EXPECTED_RANGE_FOR_AGE: QT_TRANSLATE_NOOP(
        "guidance",
        "Your bone density is within the range expected for your age.",
    ),
}


# The gain's wording when it was made on denosumab that has since stopped (ECTS 2017).
GAIN_AFTER_DENOSUMAB = (
    QT_TRANSLATE_NOOP(
        "guidance",
        "The gain is larger than the scanner's least significant change, but it was made on denosumab, and "
        "without another bone medicine to follow it that gain is usually lost within about a year. See your "
        "doctor about what should follow denosumab.",
    )
)
DIAGNOSIS_BEYOND_T = (
    "AACE/ACE 2020 (Camacho et al., Endocr Pract 2020;26 Suppl 1:1-46); NBHA 2014 (Siris et al., "
    "Osteoporos Int 2014;25:1439-43); BHOF Clinician's Guide 2022"
)
# The classification's wording when osteoporosis rests on a fracture or an earlier diagnosis.
BASIS_DETAILS: Mapping[Basis, str] = {
    Basis.FRACTURE: QT_TRANSLATE_NOOP(
        "guidance",
        "A bone broken with little force at the hip or spine (or, with low bone density, at the upper arm, "
        "pelvis or wrist) means osteoporosis, whatever the T-score. Talk to your doctor about your fracture "
        "risk; exercise, nutrition and fall prevention all matter.",
    ),
    Basis.HISTORY: QT_TRANSLATE_NOOP(
        "guidance",
        "Osteoporosis diagnosed earlier stays the diagnosis when later results improve, for example on "
        "treatment: the improvement is good news, and the care that brought it still applies. Talk to your "
        "doctor about your fracture risk.",
    ),
}


@dataclass(frozen=True)
class NutrientRule:
    id: str
    field: str
    label: str
    unit: str
    generic_foods: tuple[str, ...]
    note: str = ""


NUTRIENT_RULES: tuple[NutrientRule, ...] = (
    NutrientRule(
        "calcium_below_target", "calcium_mg", QT_TRANSLATE_NOOP("guidance", "calcium"), "mg",
        (QT_TRANSLATE_NOOP("guidance", "milk"), QT_TRANSLATE_NOOP(
            "guidance",
            "yogurt",
        ), QT_TRANSLATE_NOOP("guidance", "hard cheese"), QT_TRANSLATE_NOOP(
            "guidance",
            "calcium-set tofu",
        ), QT_TRANSLATE_NOOP(
            "guidance",
            "fortified plant drinks",
        )),
    ),
    NutrientRule(
        "vitamin_d_below_target", "vitamin_d_iu", QT_TRANSLATE_NOOP("guidance", "vitamin D"), "IU",
        (QT_TRANSLATE_NOOP(
            "guidance",
            "oily fish such as salmon or mackerel",
        ), QT_TRANSLATE_NOOP("guidance", "eggs"), QT_TRANSLATE_NOOP(
            "guidance",
            "fortified milk or cereals",
        )),
        QT_TRANSLATE_NOOP(
            "guidance",
            " Food alone rarely provides enough vitamin D; ask your doctor or pharmacist whether a "
            "supplement suits you.",
        ),
    ),
    NutrientRule(
        "protein_below_target", "protein_g", QT_TRANSLATE_NOOP("guidance", "protein"), "g",
        (QT_TRANSLATE_NOOP("guidance", "fish"), QT_TRANSLATE_NOOP(
            "guidance",
            "eggs",
        ), QT_TRANSLATE_NOOP("guidance", "milk"), QT_TRANSLATE_NOOP(
            "guidance",
            "yogurt",
        ), QT_TRANSLATE_NOOP("guidance", "beans"), QT_TRANSLATE_NOOP(
            "guidance",
            "lentils",
        ), QT_TRANSLATE_NOOP("guidance", "tofu")),
    ),
    NutrientRule(
        "magnesium_below_target", "magnesium_mg", QT_TRANSLATE_NOOP("guidance", "magnesium"), "mg",
        (QT_TRANSLATE_NOOP("guidance", "nuts"), QT_TRANSLATE_NOOP(
            "guidance",
            "seeds",
        ), QT_TRANSLATE_NOOP("guidance", "whole grains"), QT_TRANSLATE_NOOP(
            "guidance",
            "beans",
        ), QT_TRANSLATE_NOOP("guidance", "leafy greens")),
    ),
    NutrientRule(
        "potassium_below_target", "potassium_mg", QT_TRANSLATE_NOOP("guidance", "potassium"), "mg",
        (QT_TRANSLATE_NOOP("guidance", "bananas"), QT_TRANSLATE_NOOP(
            "guidance",
            "oranges",
        ), QT_TRANSLATE_NOOP("guidance", "potatoes"), QT_TRANSLATE_NOOP(
            "guidance",
            "beans",
        ), QT_TRANSLATE_NOOP("guidance", "leafy greens")),
    ),
    NutrientRule(
        "vitamin_k_below_target", "vitamin_k_mcg", QT_TRANSLATE_NOOP("guidance", "vitamin K"), "µg",
        (QT_TRANSLATE_NOOP("guidance", "kale"), QT_TRANSLATE_NOOP(
            "guidance",
            "spinach",
        ), QT_TRANSLATE_NOOP("guidance", "broccoli"), QT_TRANSLATE_NOOP(
            "guidance",
            "Brussels sprouts",
        ), QT_TRANSLATE_NOOP("guidance", "lettuce")),
        QT_TRANSLATE_NOOP(
            "guidance",
            " If you take warfarin or another blood thinner, talk to your doctor before changing how much "
            "vitamin K you eat.",
        ),
    ),
)  # fmt: skip

GENERIC_ACTIVITIES: Mapping[str, tuple[str, ...]] = {
    "resistance": (QT_TRANSLATE_NOOP(
        "guidance",
        "squats to a chair",
    ), QT_TRANSLATE_NOOP("guidance", "wall press-ups"), QT_TRANSLATE_NOOP(
        "guidance",
        "resistance-band rows",
    ), QT_TRANSLATE_NOOP(
        "guidance",
        "lifting weights",
    )),
    "balance": (QT_TRANSLATE_NOOP(
        "guidance",
        "tai chi",
    ), QT_TRANSLATE_NOOP("guidance", "standing on one leg"), QT_TRANSLATE_NOOP(
        "guidance",
        "heel-to-toe walking",
    ), QT_TRANSLATE_NOOP(
        "guidance",
        "dancing",
    )),
    "weight_bearing": (QT_TRANSLATE_NOOP(
        "guidance",
        "brisk walking",
    ), QT_TRANSLATE_NOOP("guidance", "stair climbing"), QT_TRANSLATE_NOOP(
        "guidance",
        "hiking",
    ), QT_TRANSLATE_NOOP("guidance", "dancing")),
    "impact": (QT_TRANSLATE_NOOP(
        "guidance",
        "jogging",
    ), QT_TRANSLATE_NOOP("guidance", "stepping"), QT_TRANSLATE_NOOP(
        "guidance",
        "heel drops",
    ), QT_TRANSLATE_NOOP("guidance", "small jumps")),
}

# Site and scanner names as they read in the middle of a sentence.
SITE_NAMES: Mapping[Site, str] = {
    Site.LUMBAR_SPINE: QT_TRANSLATE_NOOP("guidance", "lumbar spine (L1-L4)"),
    Site.FEMORAL_NECK: QT_TRANSLATE_NOOP("guidance", "femoral neck"),
    Site.TOTAL_HIP: QT_TRANSLATE_NOOP("guidance", "total hip"),
    Site.TOTAL_BODY: QT_TRANSLATE_NOOP("guidance", "total body"),
    Site.FOREARM_33: QT_TRANSLATE_NOOP("guidance", "forearm (33% radius)"),
}
DEVICE_NAMES: Mapping[Device, str] = DEVICE_LABELS
