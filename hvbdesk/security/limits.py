"""The lengths a secret must have, apart from the modules that use them: the error texts need the numbers
before the login dialog is painted, and the hashing and key modules (argon2, hmac) are loaded after it."""

MIN_PASSWORD_LENGTH = 8
MIN_PASSPHRASE_LENGTH = 10
