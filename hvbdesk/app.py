"""Composition root: opens or creates the database and builds the services every interface (the GUI, the
command line) is given. It knows no interface: nothing here imports Qt."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from hvbdesk.config import Config
from hvbdesk.domain.errors import DatabaseKeyError, DatabaseStateError
from hvbdesk.security.audit_chain import derive_chain_key
from hvbdesk.security.keystore import (
    AUDIT_KEY_ENV,
    PassphrasePrompt,
    audit_key_for_server,
    key_for_existing_database,
    key_for_new_database,
    new_audit_key_for_server,
)
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.beds import BedService
from hvbdesk.services.care_plans import CarePlanService
from hvbdesk.services.consents import ConsentService
from hvbdesk.services.contacts import ContactService
from hvbdesk.services.context import Clock, local_now
from hvbdesk.services.deviations import DeviationService
from hvbdesk.services.imports import ImportService
from hvbdesk.services.journal import JournalService
from hvbdesk.services.plans import PlanService
from hvbdesk.services.printing import PrintService
from hvbdesk.services.reference_data import ReferenceDataService
from hvbdesk.services.referrals import ReferralService
from hvbdesk.services.resident_record import ResidentRecordService
from hvbdesk.services.residents import ResidentService
from hvbdesk.services.roster import RosterService
from hvbdesk.services.roster_setup import RosterSetupService
from hvbdesk.services.seed import seed_reference_data
from hvbdesk.services.settings import SettingsService
from hvbdesk.services.sips import SipService
from hvbdesk.services.staff import StaffService
from hvbdesk.services.stays import StayService
from hvbdesk.services.steering import SteeringReportService
from hvbdesk.services.system import SystemService
from hvbdesk.services.users import UserService
from hvbdesk.store import migrate
from hvbdesk.store.audit_anchor import ANCHOR_SUFFIX, write_head
from hvbdesk.store.database import Database
from hvbdesk.store.engine import postgres_engine, sqlcipher_engine
from hvbdesk.store.repositories import reference


@dataclass(frozen=True)
class Services:
    """What the composition root hands out; each widget or command takes only the parts it uses."""

    db: Database
    audit: AuditLog
    users: UserService
    residents: ResidentService
    settings: SettingsService
    reference_data: ReferenceDataService
    deviations: DeviationService
    staff: StaffService
    imports: ImportService
    system: SystemService
    beds: BedService
    stays: StayService
    referrals: ReferralService
    contacts: ContactService
    consents: ConsentService
    sips: SipService
    care_plans: CarePlanService
    plans: PlanService
    journal: JournalService
    printing: PrintService
    roster: RosterService
    roster_setup: RosterSetupService
    steering: SteeringReportService
    records: ResidentRecordService

    def database_facts(self) -> dict[str, str]:
        with self.db.reading() as session:
            return reference.info(session)

    @property
    def is_demo(self) -> bool:
        return self.database_facts().get("demo") == "yes"


def build_services(db: Database, config: Config, clock: Clock = local_now) -> Services:
    audit = AuditLog(db, config.workstation)
    settings = SettingsService(db, audit, clock)
    residents = ResidentService(db, audit, clock)
    plans = PlanService(db, audit, clock)
    roster_setup = RosterSetupService(db, audit, settings)
    consents = ConsentService(db, audit, clock)
    sips = SipService(db, audit, consents, clock)
    contacts = ContactService(db, audit, clock)
    care_plans = CarePlanService(db, audit, clock)
    journal = JournalService(db, audit, clock)
    return Services(
        db=db,
        audit=audit,
        users=UserService(db, audit, clock),
        residents=residents,
        settings=settings,
        staff=StaffService(db, audit),
        imports=ImportService(db, audit, settings, clock),
        system=SystemService(db, audit, config.backup_dir),
        beds=BedService(db, audit, settings, clock),
        stays=StayService(db, audit, settings, clock),
        referrals=ReferralService(db, audit, settings, clock),
        reference_data=ReferenceDataService(db, audit),
        deviations=DeviationService(db, audit, clock),
        contacts=contacts,
        consents=consents,
        sips=sips,
        care_plans=care_plans,
        plans=plans,
        printing=PrintService(db, audit, residents, plans, sips, clock),
        roster=RosterService(db, audit, roster_setup, clock),
        roster_setup=roster_setup,
        steering=SteeringReportService(db, audit, roster_setup, clock),
        journal=journal,
        records=ResidentRecordService(residents, contacts, plans, care_plans, journal, sips, consents, audit),
    )


def create_database(
    config: Config,
    prompt: PassphrasePrompt | None,
    *,
    demo: bool,
    start: dt.date | None = None,
    clock: Clock = local_now,
) -> Database:
    """A new database at head with its reference data. Refuses to touch an existing one."""
    if config.uses_postgres:
        db = _postgres_database(config, creating=True)
        if migrate.current_revision(db) is not None:
            db.dispose()
            raise DatabaseStateError("the PostgreSQL database already holds an hvbdesk schema", "schema_exists")
    else:
        path = config.database_path
        if path.exists():
            raise DatabaseStateError(f"a database already exists at {path}", "database_exists", (path,))
        key = key_for_new_database(str(path), prompt)
        db = Database(sqlcipher_engine(path, key, create=True), str(path), path, key)
    try:
        migrate.upgrade(db)
        now = clock()
        with db.unit_of_work() as session:
            seed_reference_data(session, start or now.date(), demo=demo, created_at=now)
        seal_audit_head(db)
    except BaseException:
        db.dispose()
        if not config.uses_postgres:
            for suffix in ("", "-wal", "-shm"):
                config.database_path.with_name(config.database_path.name + suffix).unlink(missing_ok=True)
        raise
    return db


def open_database(config: Config, prompt: PassphrasePrompt | None) -> Database:
    """Open an existing database and bring its schema to head (after a verified backup)."""
    if config.uses_postgres:
        db = _postgres_database(config, creating=False)
        if migrate.current_revision(db) is None:
            db.dispose()
            raise DatabaseStateError(
                "the PostgreSQL database holds no hvbdesk schema: run 'hvbdesk init' first", "schema_missing"
            )
    else:
        path = config.database_path
        if not path.exists():
            raise DatabaseStateError(
                f"no database at {path}: create one with 'hvbdesk init' or 'hvbdesk demo'", "no_database", (path,)
            )
        key = key_for_existing_database(str(path), prompt)
        db = Database(sqlcipher_engine(path, key), str(path), path, key)
    try:
        before = migrate.current_revision(db)
        migrate.upgrade(db, config.backup_dir)
        # A log from before its head was sealed, or a workstation new to a shared database: its first head.
        if db.anchor_path is not None and (migrate.older_than(before, migrate.KEYED_CHAIN) or config.uses_postgres):
            if not db.anchor_path.exists():
                seal_audit_head(db)
    except BaseException:
        db.dispose()
        raise
    return db


def _postgres_database(config: Config, *, creating: bool) -> Database:
    engine = postgres_engine(config.database_url or "")  # refuses a password in the URL before anything else
    location = config.describe_database()
    audit_secret = new_audit_key_for_server(location) if creating else audit_key_for_server(location)
    if not audit_secret:
        engine.dispose()
        raise DatabaseKeyError(
            f"no audit key for this PostgreSQL database: set {AUDIT_KEY_ENV} (the same on every workstation) "
            "or store it in the key store",
            "audit_key_missing",
            (AUDIT_KEY_ENV,),
        )
    # The sealed head of a shared log is kept per workstation: each one's own witness of what it has seen.
    name = hashlib.sha256(location.encode()).hexdigest()[:16] + ANCHOR_SUFFIX
    return Database(
        engine,
        location,
        chain_key=derive_chain_key(audit_secret),
        anchor_path=config.data_dir / "audit-heads" / name,
    )


def seal_audit_head(db: Database) -> None:
    """Write the sealed head as the log stands now (a new database, one restored, or the manager's reseal)."""
    if db.anchor_path is None or db.chain_key is None:
        return
    from hvbdesk.services.audit import AuditLog

    write_head(db.anchor_path, db.chain_key, AuditLog(db, "").head())
