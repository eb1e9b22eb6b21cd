"""Encrypted PDFs open with pikepdf and poppler with the password only; encrypted Word files open
with msoffcrypto and LibreOffice with the password only."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import msoffcrypto
import pikepdf
import pytest
from msoffcrypto.exceptions import InvalidKeyError

from lpdesk.circulation.encrypt import (
    PASSWORD_ALPHABET,
    encrypt_docx,
    encrypt_pdf,
    new_password,
    new_salt,
)

from .conftest import docx_text, pdf_text, simple_docx, simple_pdf

SECRET = "Fictional core group text QZX-17"


def test_passwords_are_readable_random_and_long_enough() -> None:
    passwords = {new_password() for _ in range(200)}
    assert len(passwords) == 200
    for password in passwords:
        groups = password.split("-")
        assert [len(g) for g in groups] == [4, 4, 4, 4]
        assert set("".join(groups)) <= set(PASSWORD_ALPHABET)
        assert not set("0O1lI") & set(password)


def test_encrypted_pdf_needs_the_password() -> None:
    password = new_password()
    data = encrypt_pdf(simple_pdf([SECRET]), password)
    assert SECRET.encode() not in data
    with pikepdf.open(io.BytesIO(data), password=password) as pdf:
        assert pdf.is_encrypted
        assert pdf.encryption.R == 6
        assert pdf.encryption.stream_method.name == "aesv3"
        assert pdf.encryption.bits == 256
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(data), password="wrong-password")
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(data))
    assert SECRET in pdf_text(data, password)


def test_poppler_reads_the_encrypted_pdf_with_the_password_only(tmp_path: Path) -> None:
    password = new_password()
    path = tmp_path / "doc.pdf"
    path.write_bytes(encrypt_pdf(simple_pdf([SECRET]), password))
    good = subprocess.run(
        ["pdftotext", "-upw", password, str(path), "-"], capture_output=True, check=True
    )
    assert SECRET in good.stdout.decode()
    bad = subprocess.run(["pdftotext", "-upw", "wrong", str(path), "-"], capture_output=True)
    assert bad.returncode != 0 and SECRET not in bad.stdout.decode()


def test_encrypted_docx_needs_the_password() -> None:
    password = new_password()
    data = encrypt_docx(simple_docx([SECRET]), password)
    assert not data.startswith(b"PK")  # an OLE container, not a readable zip
    assert SECRET in docx_text(data, password)
    source = msoffcrypto.OfficeFile(io.BytesIO(data))
    assert source.is_encrypted()
    source.load_key(password="wrong-password")
    with pytest.raises(InvalidKeyError):
        source.decrypt(io.BytesIO())


@pytest.mark.parametrize("encrypt", [encrypt_pdf, encrypt_docx])
def test_empty_password_refused(encrypt) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="password"):
        encrypt(b"", "")


# LibreOffice 7.4's `soffice --convert-to` has no way to pass a document password (--infilter
# takes a filter name; "Filter:password" forms were tried and fail with "source file could not be
# loaded"). A Basic macro in a throwaway user profile loads the file with the UNO "Password"
# media descriptor property and exports it to PDF; it quits without output on a wrong password.
_MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub OpenWithPassword(sIn As String, sOut As String, sPassword As String)
  On Error GoTo Failed
  Dim aLoad(1) As New com.sun.star.beans.PropertyValue
  aLoad(0).Name = &quot;Hidden&quot;
  aLoad(0).Value = True
  aLoad(1).Name = &quot;Password&quot;
  aLoad(1).Value = sPassword
  oDoc = StarDesktop.loadComponentFromURL(ConvertToURL(sIn), &quot;_blank&quot;, 0, aLoad())
  If IsNull(oDoc) Then GoTo Failed
  Dim aStore(0) As New com.sun.star.beans.PropertyValue
  aStore(0).Name = &quot;FilterName&quot;
  aStore(0).Value = &quot;writer_pdf_Export&quot;
  oDoc.storeToURL(ConvertToURL(sOut), aStore())
  oDoc.close(True)
Failed:
  StarDesktop.terminate()
End Sub
</script:module>
"""


def _soffice(profile: Path, *args: str) -> None:
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile.as_uri()}",
            *args,
        ],
        capture_output=True,
        timeout=90,
        check=True,
    )


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("shared_salt", [False, True])
def test_libreoffice_opens_encrypted_docx_with_the_password_only(
    tmp_path: Path, shared_salt: bool
) -> None:
    profile = tmp_path / "profile"
    _soffice(profile, "--terminate_after_init")
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    assert module.is_file()
    module.write_text(_MACRO, encoding="utf-8")
    password = new_password()
    source = tmp_path / "enc.docx"
    salt = new_salt() if shared_salt else None
    encrypt_docx(simple_docx(["another copy"]), password, salt)  # its salt's key remembered
    source.write_bytes(encrypt_docx(simple_docx([SECRET]), password, salt))
    for attempt, given in (("wrong", "not-the-password"), ("right", password)):
        out = tmp_path / f"{attempt}.pdf"
        _soffice(
            profile, f'macro:///Standard.Module1.OpenWithPassword("{source}","{out}","{given}")'
        )
        if attempt == "wrong":
            assert not out.exists()
        else:
            assert SECRET in pdf_text(out.read_bytes())


@pytest.mark.parametrize(
    ("algorithm", "spins"), [("SHA512", 100000), ("SHA1", 50000), ("SHA256", 1)]
)
def test_the_quicker_key_derivation_derives_msoffcrypto_s_key(algorithm: str, spins: int) -> None:
    from msoffcrypto.method.ecma376_agile import ECMA376Agile

    encrypt_docx(simple_docx(["x"]), "k7mq-x2vd")  # installs it
    quicker = ECMA376Agile._derive_iterated_hash_from_password
    original = quicker.original  # type: ignore[attr-defined]
    salt = bytes(range(16))
    for password in ("k7mq-x2vd-9tpa-rh4e", "Zoë 王"):
        expected = original(password, salt, algorithm, spins).digest()
        assert quicker(password, salt, algorithm, spins).digest() == expected


def test_word_copies_sharing_a_password_salt_each_open_with_the_password_only() -> None:
    password, salt = new_password(), new_salt()
    originals = [simple_docx([SECRET, "minutes"]), simple_docx([SECRET, "plan"])]
    sealed = [encrypt_docx(data, password, salt) for data in originals]
    assert sealed[0] != sealed[1]
    for data, original in zip(sealed, originals, strict=True):
        assert SECRET.encode() not in data
        source = msoffcrypto.OfficeFile(io.BytesIO(data))
        source.load_key(password=password)
        out = io.BytesIO()
        source.decrypt(out)
        assert out.getvalue() == original
        wrong = msoffcrypto.OfficeFile(io.BytesIO(data))
        with pytest.raises(InvalidKeyError):
            wrong.load_key(password="wrong-password", verify_password=True)
    # the same salt, the file key and data salt still each file's own
    infos = [msoffcrypto.OfficeFile(io.BytesIO(data)) for data in sealed]
    for info in infos:
        info.load_key(password=password)
    assert infos[0].secret_key != infos[1].secret_key
    with pytest.raises(ValueError):
        encrypt_docx(originals[0], password, b"short")


def test_an_encrypted_pdf_holds_its_streams_as_they_were() -> None:
    original = simple_pdf([SECRET, "minutes"])
    password = new_password()
    with (
        pikepdf.open(io.BytesIO(original)) as plain,
        pikepdf.open(io.BytesIO(encrypt_pdf(original, password)), password=password) as opened,
    ):
        assert opened.is_encrypted
        before = sorted(o.read_raw_bytes() for o in plain.objects if isinstance(o, pikepdf.Stream))
        after = sorted(o.read_raw_bytes() for o in opened.objects if isinstance(o, pikepdf.Stream))
        assert before and after == before  # compressed as they were, byte for byte
