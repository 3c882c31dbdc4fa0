"""Förfrågningar: referrals and their decisions."""
