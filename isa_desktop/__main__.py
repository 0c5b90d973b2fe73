"""`python -m isa_desktop` does what the `isa-desktop` command does."""

from isa_desktop.app import main

raise SystemExit(main())
