"""The checks every typed name, address, email address and case reference passes before it
reaches an email header, a calendar file, a file name or an address page: every Unicode category
that could add a line, a header or a hidden reversal is refused, wherever it stands."""

from __future__ import annotations

import unicodedata

import pytest

from lpdesk.circulation.safety import (
    UNSAFE_CATEGORIES,
    checked_address,
    has_control_characters,
    is_valid_email,
    safe_reference,
)
from lpdesk.domain import InvalidInput

# One character of every kind that must never reach a header, with its Unicode category.
UNSAFE = {
    "\r": "Cc",  # carriage return: a new header
    "\n": "Cc",  # line feed
    "\x00": "Cc",  # NUL
    "\t": "Cc",
    "\x0b": "Cc",  # vertical tab
    "\x0c": "Cc",  # form feed
    "\x1b": "Cc",  # escape
    "\x7f": "Cc",  # delete
    "\x85": "Cc",  # next line (NEL)
    "\u202e": "Cf",  # right-to-left override: "Robin\u202eexe.fdp" reads as a PDF
    "\u202d": "Cf",  # left-to-right override
    "\u202a": "Cf",  # left-to-right embedding
    "\u202b": "Cf",  # right-to-left embedding
    "\u202c": "Cf",  # pop directional formatting
    "\u2066": "Cf",  # left-to-right isolate
    "\u2067": "Cf",  # right-to-left isolate
    "\u2068": "Cf",  # first strong isolate
    "\u2069": "Cf",  # pop directional isolate
    "\u200e": "Cf",  # left-to-right mark
    "\u200f": "Cf",  # right-to-left mark
    "\u061c": "Cf",  # Arabic letter mark
    "\u200b": "Cf",  # zero-width space
    "\u200c": "Cf",  # zero-width non-joiner
    "\u200d": "Cf",  # zero-width joiner
    "\u2060": "Cf",  # word joiner
    "\ufeff": "Cf",  # zero-width no-break space (byte order mark)
    "\u00ad": "Cf",  # soft hyphen
    "\u2028": "Zl",  # line separator
    "\u2029": "Zp",  # paragraph separator
    "\ud800": "Cs",  # a lone surrogate: no file or header can encode it
}


def test_the_table_names_each_character_by_its_category() -> None:
    assert {char: unicodedata.category(char) for char in UNSAFE} == UNSAFE


def test_the_unsafe_categories_are_exactly_these() -> None:
    """Removing a category from the set lets its characters through: each one is listed."""
    assert frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"}) == UNSAFE_CATEGORIES
    assert set(UNSAFE.values()) == UNSAFE_CATEGORIES


@pytest.mark.parametrize("char", list(UNSAFE), ids=[f"U+{ord(c):04X}" for c in UNSAFE])
@pytest.mark.parametrize("where", ["start", "middle", "end", "alone"])
def test_every_unsafe_character_is_flagged_wherever_it_stands(char: str, where: str) -> None:
    text = {
        "start": f"{char}Alex Fictional",
        "middle": f"Alex{char}Fictional",
        "end": f"Alex Fictional{char}",
        "alone": char,
    }[where]
    assert has_control_characters(text)
    if char != "\n":
        assert has_control_characters(text, allow_newline=True)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Alex Fictional",
        "Zoë O'Brien-Smith",
        "José Ñúñez",
        "Дмитрий Иванов",
        "王小明",
        "محمد علي",  # right-to-left text itself is fine: only the invisible overrides are not
        "Ngozi Okonkwo (foster carer)",
        "A\u00a0B",  # no-break space: a space, not a separator of lines
    ],
)
def test_ordinary_names_in_any_script_pass(text: str) -> None:
    assert not has_control_characters(text)
    assert not has_control_characters(text, allow_newline=True)


@pytest.mark.parametrize(
    ("address", "flagged"),
    [
        ("4 Main Road\nOldtown OT1 1AA", False),
        ("4 Main Road\nOldtown\nOT1 1AA\n", False),
        ("4 Main Road\r\nOldtown OT1 1AA", True),  # CR before the break
        ("4 Main Road\nOldtown\rOT1 1AA", True),
        ("4 Main Road\nOldtown OT1 1AA\u202e", True),  # past the first line break
        ("4 Main Road\nOldtown\n\u200bOT1 1AA", True),  # past the second
        ("4 Main Road\nOldtown\u2028OT1 1AA", True),
        ("4 Main Road\n\tOldtown", True),
    ],
)
def test_a_postal_address_is_checked_on_every_line(address: str, flagged: bool) -> None:
    assert has_control_characters(address, allow_newline=True) is flagged
    assert has_control_characters(address)  # without the allowance, the line break itself


@pytest.mark.parametrize(
    ("address", "valid"),
    [
        ("pat@health.example", True),
        ("first.last@council.example.gov.uk", True),
        ("o'brien+cp@example.org", True),
        ("a@b.co", True),
        ("x@" + "a" * 63 + ".org", True),
        ("x@" + "a" * 64 + ".org", False),  # a domain label is at most 63 characters
        ("x@a-b.org", True),
        ("x@-ab.org", False),
        ("x@ab-.org", False),
        ("", False),
        ("pat", False),
        ("pat@", False),
        ("@health.example", False),
        ("pat@health", False),  # no top-level domain
        ("pat@health.e", False),  # a one-letter top-level domain
        ("pat@health.123", False),
        ("pat..visitor@health.example", False),
        (".pat@health.example", False),
        ("pat.@health.example", False),
        ("pat visitor@health.example", False),
        ('"pat"@health.example', False),
        ("pat@health.example\r\nBcc: x@evil.example", False),
        ("pat@health.example\n", False),
        ("pat@health.example, x@evil.example", False),
        ("Pat <pat@health.example>", False),
        ("pät@health.example", False),  # ASCII only
        ("pat@héalth.example", False),
        ("pat@health..example", False),
        ("p" * 64 + "@" + "d" * 63 + "." + "e" * 63 + "." + "f" * 57 + ".org", True),  # 254
        ("p" * 65 + "@" + "d" * 63 + "." + "e" * 63 + "." + "f" * 57 + ".org", False),  # 255
    ],
)
def test_email_addresses(address: str, valid: bool) -> None:
    assert is_valid_email(address) is valid


def test_the_254_character_limit_is_exact() -> None:
    at_limit = "p" * 64 + "@" + "d" * 63 + "." + "e" * 63 + "." + "f" * 57 + ".org"
    assert len(at_limit) == 254


def test_checked_address_builds_a_header_address() -> None:
    address = checked_address("  Pat Visitor ", "pat@health.example", field="member 12")
    assert (address.display_name, address.addr_spec) == ("Pat Visitor", "pat@health.example")
    assert str(address) == "Pat Visitor <pat@health.example>"


NAME_REFUSED = "the name holds a line break or control character"


@pytest.mark.parametrize(
    ("name", "email", "message"),
    [
        ("Pat\r\nBcc: x@evil.example", "pat@health.example", NAME_REFUSED),
        ("Pat\u202eVisitor", "pat@health.example", NAME_REFUSED),
        ("Pat\u2028Visitor", "pat@health.example", NAME_REFUSED),
        ("Pat\u2028Visitor", "pat@health", NAME_REFUSED),  # the name is checked first
        ("Pat Visitor", "pat@health", "no valid email address"),
        ("Pat Visitor", "", "no valid email address"),
    ],
)
def test_checked_address_refuses_naming_the_field(name: str, email: str, message: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        checked_address(name, email, field="member 12")
    assert [(p.field, p.message) for p in refused.value.problems] == [("member 12", message)]


@pytest.mark.parametrize(
    ("reference", "safe"),
    [
        ("CP-2026-0042", "CP-2026-0042"),
        ("CP/2026/0042", "CP-2026-0042"),
        ("  CP 2026 0042  ", "CP-2026-0042"),
        ("CP\r\n2026", "CP-2026"),
        ("CP\u202e2026", "CP-2026"),
        ("../../etc/passwd", "etc-passwd"),
        ("Zoë's case", "Zo-s-case"),
        ("---", "case"),
        ("", "case"),
        ("王", "case"),
        ("A" * 50, "A" * 40),
        ("a__b", "a-b"),
        ("XCP-1X", "XCP-1X"),  # only dashes are trimmed from the ends
    ],
)
def test_safe_reference(reference: str, safe: str) -> None:
    assert safe_reference(reference) == safe
