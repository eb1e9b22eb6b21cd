"""Fictional names and text for generated team databases: built from small syllable and phrase
lists, so nothing resembles a real person or a real record."""

from __future__ import annotations

import random

__all__ = ["TextPool"]

_SYLLABLES = (
    "ka", "ri", "no", "ve", "la", "mi", "to", "sa", "de", "lu", "fa", "zo", "pe", "ni", "ro",
    "ba", "si", "mo", "te", "yu", "ga", "le", "do", "wi",
)  # fmt: skip
_SURNAME_ENDS = ("son", "well", "ford", "by", "ton", "ley", "wick", "ham", "more", "dale")
_SUBJECTS = (
    "The child", "Mother", "Father", "The health visitor", "The school", "The lead professional",
    "The family support worker", "The GP", "Grandmother", "The nursery",
)  # fmt: skip
_VERBS = (
    "reported that", "observed that", "said that", "confirmed that", "is worried that",
    "agreed that", "noted that", "explained that",
)  # fmt: skip
_CLAUSES = (
    "the home was warm and tidy on the day of the visit",
    "attendance at school has improved over the last four weeks",
    "the child appeared well presented and engaged with the worker",
    "appointments with the health visitor were kept",
    "the agreed bedtime routine is now followed most evenings",
    "there was no food in the kitchen cupboards",
    "the parents attended the parenting course as agreed",
    "the child spoke about feeling safe at home",
    "a referral to the speech and language service was made",
    "the family's housing application is still waiting for a decision",
    "the child's weight has been checked and is within the expected range",
    "contact arrangements with the wider family were discussed",
)  # fmt: skip


class TextPool:
    """Names and sentences drawn from a seeded generator. Sentences come from a fixed pool so a
    million visit records share a few hundred strings (cheap to build, realistic to store)."""

    def __init__(self, rng: random.Random, *, sentences: int = 400) -> None:
        self.rng = rng
        self.sentences = tuple(self._sentence() for _ in range(sentences))

    def _sentence(self) -> str:
        r = self.rng
        return f"{r.choice(_SUBJECTS)} {r.choice(_VERBS)} {r.choice(_CLAUSES)}."

    def first_name(self) -> str:
        r = self.rng
        word = "".join(r.choice(_SYLLABLES) for _ in range(r.randint(2, 3)))
        return word.capitalize()

    def surname(self) -> str:
        r = self.rng
        return (r.choice(_SYLLABLES) + r.choice(_SYLLABLES) + r.choice(_SURNAME_ENDS)).capitalize()

    def full_name(self, surname: str | None = None) -> str:
        return f"{self.first_name()} {surname or self.surname()}"

    def text(self, sentences: int) -> str:
        r = self.rng
        return " ".join(r.choice(self.sentences) for _ in range(sentences))
