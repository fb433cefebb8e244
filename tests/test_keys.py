"""keys.fold: the ASCII fast path gives the keys the full path gives."""
import random
import re
import unicodedata

from catalog.store.keys import fold


def slow_fold(text: str) -> str:
    """fold() without its ASCII shortcut (the code before session 16)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip().casefold()


NAMES = [
    "José Martínez", "JOSE MARTINEZ", "  Ana   María\tLópez ", "Zoë Ødegaard", "Ñuñez", "straße",
    "Conan O\u2019Brien", "Conan O\u2018Brien", "Conan O'Brien", "  Barack  Obama\n", "de la Cruz",
    "Jean-Luc Picard", "MCDONALD", "Mary\u00a0Smith", "a\u2003b", "\u1e9e", "ǅ", "ﬁnn", "",
    "   ", "x\x1cy\x1dz\x1e\x1fw", "tab\there\vvert\fform\rret", "O'NEILL", "Smith Jr.",
]


def test_fold_fast_path_matches_slow_path_on_names():
    for name in NAMES:
        assert fold(name) == slow_fold(name), name


def test_fold_fast_path_matches_slow_path_on_random_ascii():
    rng = random.Random(16)
    alphabet = [chr(i) for i in range(128)]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 24)))
        assert fold(text) == slow_fold(text), repr(text)
