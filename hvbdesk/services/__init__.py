"""Use cases. Each takes an acting user, checks permission (deny by default), writes the audit
log, and returns plain data: never an ORM object that would let a caller touch the database."""
