"""The lessons of "Intervisie begeleiden: de basis", one module per file, written for this
product. Durations are stated by hand per lesson; `tests/courses/test_basis_duration.py`
checks them against the words and exercises each lesson holds."""

from . import (
    m1_wat_intervisie_is,
    m2_rollen,
    m3_spelregels,
    m4_vraag_en_casus,
    m5_methodes_a,
    m5_methodes_b,
    m5_methodes_c,
    m6_lastige_situaties,
    m7_zelfstandig,
)

METHODES = {
    "slug": "methodes",
    "title": "De methodes",
    "summary": "Zes methodes met hun stappen, tijden en het moment waarop advies mag, elk met "
    "een fragment dat misloopt en een dat goed gaat.",
    "lessons": m5_methodes_a.LESSONS + m5_methodes_b.LESSONS + m5_methodes_c.LESSONS,
}

MODULES = [
    m1_wat_intervisie_is.MODULE,
    m2_rollen.MODULE,
    m3_spelregels.MODULE,
    m4_vraag_en_casus.MODULE,
    METHODES,
    m6_lastige_situaties.MODULE,
    m7_zelfstandig.MODULE,
]
