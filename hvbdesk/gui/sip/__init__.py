"""SIP: consents, SIPs and their printouts."""
