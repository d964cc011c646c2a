"""A followed beneficiary: the fields, the consent that must come first, the tranche d'âge, and duplicates.

Sessions are anonymous by default; a person is followed only with their consent (date, by whom, what
for). Duplicate detection is pure: folded names (no case, no accents), tolerant of one or two typos
(rapidfuzz), plus the same phone or e-mail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from rapidfuzz import fuzz

from app.domain.errors import ValidationError
from app.domain.text import fold_words

MAX_NAME = 80
MAX_NOTES = 2000
DEFAULT_PURPOSE = "Suivre ses accompagnements au point d'aide numérique et la recontacter si besoin"
ERASED_LABEL = "Personne effacée"
NOTES_WARNING = (
    "N'écrivez ici ni données de santé, ni mot de passe, ni numéro de sécurité sociale ou bancaire, "
    "ni autre donnée sensible."
)
# The columns of `person` that hold personal data: what an erasure blanks, what a scrub looks for.
PERSONAL_FIELDS = ("first_name", "last_name", "phone", "email", "birth_year", "commune", "notes")
# The columns of `help_request` that may hold something about the person (free text).
SESSION_PERSONAL_FIELDS = ("notes", "visitor_label")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+\Z")
_PHONE_CHARS = re.compile(r"^[0-9 +().-]+\Z")


@dataclass(frozen=True)
class Consent:
    """The person's consent to be followed: when, recorded by whom (the conseiller), for what."""

    given_on: date | None
    by: str
    purpose: str = DEFAULT_PURPOSE


@dataclass(frozen=True)
class PersonFields:
    """What is kept about a followed person (all but the first name optional)."""

    first_name: str
    last_name: str = ""
    phone: str = ""
    email: str = ""
    birth_year: int | None = None
    commune: str = ""
    notes: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def phone_digits(phone: str) -> str:
    """The digits of a phone number, +33 written as 0 (« +33 6 12… » and « 06 12… » are the same)."""
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("33") and len(digits) == 11:
        digits = "0" + digits[2:]
    return digits


def validate_consent(consent: Consent | None, today: date) -> Consent:
    """Consent comes first: without a date, a conseiller and a purpose, nobody is recorded."""
    if consent is None or consent.given_on is None:
        raise ValidationError("consentement", "recueillez d'abord le consentement de la personne (date du jour)")
    if consent.given_on > today:
        raise ValidationError("consentement", f"le {consent.given_on:%d/%m/%Y} est dans le futur : date du jour")
    if not consent.by.strip():
        raise ValidationError("consentement", "indiquez qui recueille le consentement (le conseiller)")
    if not consent.purpose.strip():
        raise ValidationError("consentement", "indiquez à quoi servent les données (le but du suivi)")
    return replace(consent, by=consent.by.strip(), purpose=consent.purpose.strip())


def validate(f: PersonFields, today: date) -> PersonFields:
    """Check a person's fields; return them trimmed or raise naming the field."""
    first = " ".join(f.first_name.split())
    last = " ".join(f.last_name.split())
    if not first:
        raise ValidationError("prénom", "le prénom est obligatoire")
    for label, value in (("prénom", first), ("nom", last)):
        if len(value) > MAX_NAME:
            raise ValidationError(label, f"{len(value)} caractères : {MAX_NAME} au plus")
    phone = f.phone.strip()
    if phone and (not _PHONE_CHARS.match(phone) or not 10 <= len(phone_digits(phone)) <= 13):
        raise ValidationError("téléphone", f"« {phone} » n'est pas un numéro : 10 chiffres, par exemple 06 12 34 56 78")
    email = f.email.strip()
    if email and not _EMAIL.match(email):
        raise ValidationError("e-mail", f"« {email} » n'est pas une adresse : par exemple nom@exemple.fr")
    if f.birth_year is not None and not today.year - 120 <= f.birth_year <= today.year:
        raise ValidationError("année de naissance", f"{f.birth_year} : entre {today.year - 120} et {today.year}")
    if len(f.notes) > MAX_NOTES:
        raise ValidationError("notes", f"{len(f.notes)} caractères : {MAX_NOTES} au plus, résumez")
    return PersonFields(first, last, phone, email.lower(), f.birth_year, f.commune.strip(), f.notes.strip())


def age_group(birth_year: int | None, today: date) -> str:
    """The CRA tranche d'âge (app.domain.vocab.AGE_GROUPS) from a year of birth (age reached this year)."""
    if birth_year is None:
        return "non_communique"
    age = today.year - birth_year
    for limit, slug in ((12, "moins_12"), (18, "12_17"), (25, "18_24"), (40, "25_39"), (60, "40_59"), (70, "60_69")):
        if age < limit:
            return slug
    return "70_plus"


def months_before(day: date, months: int) -> date:
    """The same day `months` months earlier (the last day of a shorter month: 31 March − 1 → 28/29 February)."""
    import calendar

    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _name_key(first: str, last: str) -> str:
    return fold_words(f"{first} {last}")


def names_match(a: PersonFields, b: PersonFields) -> bool:
    """Same person's name, allowing accents, case, order (« Dupont Jeanne ») and a typo or two."""
    ka, kb = _name_key(a.first_name, a.last_name), _name_key(b.first_name, b.last_name)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    # token_sort_ratio: word order does not matter; 85 lets « Jeanne Dupont » meet « Jeane Dupond ».
    return bool(fuzz.token_sort_ratio(ka, kb) >= 85)


def duplicate_reason(new: PersonFields, other: PersonFields) -> str | None:
    """Why `other` may be the same person as `new` (a sentence without personal data), or None."""
    same_phone = bool(new.phone and other.phone and phone_digits(new.phone) == phone_digits(other.phone))
    same_email = bool(new.email and other.email and new.email.strip().lower() == other.email.strip().lower())
    close = names_match(new, other)
    if close and (same_phone or same_email):
        return "même nom et même " + ("téléphone" if same_phone else "e-mail")
    if close:
        return "nom très proche"
    if same_phone:
        return "même téléphone"
    if same_email:
        return "même e-mail"
    return None
