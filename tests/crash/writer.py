"""A writer for the crash campaign: registers referrals as fast as it can and prints a line for each one
only after its transaction has committed (the acknowledgement the campaign checks after a kill)."""

from __future__ import annotations

import datetime as dt
import sys

from hvbdesk.app import build_services, open_database
from hvbdesk.config import make_config
from hvbdesk.domain.enums import LegalBasis, PlaceKind
from hvbdesk.services.referrals import ReferralInput


def main(data_dir: str, database_url: str, name: str) -> None:
    config = make_config(data_dir or None, database_url or None)
    services = build_services(open_database(config, None), config)
    actor = services.users.authenticate("chef", "crash-campaign-pw")
    print("ready", flush=True)
    for n in range(1_000_000):
        marker = f"{name}-{n}"
        referral = ReferralInput(dt.date.today(), "2081", marker, PlaceKind.ORDINARY, None, 17, LegalBasis.SOL)
        services.referrals.register(actor, referral)
        print(marker, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
