"""Plain-Python domain rules for ISA Desktop: no Qt, no storage, easy to test."""
