"""Format readers: bytes of one response file -> ParsedDocument records (no database access)."""
