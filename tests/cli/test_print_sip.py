"""`hvbdesk print sip` on a demo database (issue 12): the coordinator prints a SIP summary and an
invitation; a young person whose consent is not in force gets a refusal in words, and no file."""

from __future__ import annotations

import datetime as dt

from hvbdesk.app import open_database
from hvbdesk.config import make_config
from hvbdesk.domain.consent import state_on
from hvbdesk.services.consents import current_consent, facts_of
from hvbdesk.store.models import Resident
from hvbdesk.store.repositories import sips as sips_repo
from tests.cli.conftest import PASSPHRASE, run_cli
from tests.helpers import pdftotext

ENV = {"HVBDESK_DB_PASSPHRASE": PASSPHRASE, "HVBDESK_PASSWORD": "demo"}


def _by_state(folder, monkeypatch) -> dict[str, tuple[int, int]]:
    """consent state → (resident id, a participant id) among the young people with a SIP in progress."""
    monkeypatch.setenv("HVBDESK_DB_PASSPHRASE", PASSPHRASE)
    db = open_database(make_config(str(folder)), None)
    found: dict[str, tuple[int, int]] = {}
    with db.reading() as session:
        for sip in sips_repo.in_progress(session):
            resident = session.get(Resident, sip.resident_id)
            consent = current_consent(session, resident)
            state = (
                state_on(facts_of(consent, resident), resident.birth_date, dt.date.today()).value if consent else "none"
            )
            found.setdefault(state, (resident.id, sip.participants[0].id))
    db.dispose()
    return found


def test_the_coordinator_prints_a_summary_and_an_invitation(demo_dir, tmp_path, monkeypatch):
    states = _by_state(demo_dir / "data", monkeypatch)
    resident, participant = states["valid"]
    out = tmp_path / "sip.pdf"
    done = run_cli(
        "print",
        "sip",
        "--resident",
        str(resident),
        "--out",
        str(out),
        "--user",
        "coordinator",
        env=ENV,
        data_dir=demo_dir / "data",
    )
    assert done.returncode == 0, done.stderr
    text = pdftotext(out.read_bytes())
    assert "Samordnad individuell plan (SIP)" in text and "DEMO" in text and "Sekretess" in text
    invitation = tmp_path / "kallelse.pdf"
    done = run_cli(
        "print",
        "sip",
        "--resident",
        str(resident),
        "--invitation",
        str(participant),
        "--out",
        str(invitation),
        "--user",
        "coordinator",
        env=ENV,
        data_dir=demo_dir / "data",
    )
    assert done.returncode == 0, done.stderr
    assert "Kallelse till SIP-möte" in pdftotext(invitation.read_bytes())


def test_no_printout_without_a_consent_in_force(demo_dir, tmp_path, monkeypatch):
    states = _by_state(demo_dir / "data", monkeypatch)
    resident, _ = states.get("revoked") or states["expired"]
    out = tmp_path / "sip.pdf"
    done = run_cli(
        "print",
        "sip",
        "--resident",
        str(resident),
        "--out",
        str(out),
        "--user",
        "coordinator",
        env=ENV,
        data_dir=demo_dir / "data",
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("fel: Samtycke: samtycket ")
    assert not out.exists()
