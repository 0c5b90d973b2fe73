"""Starts ISA Desktop: the window with no subcommand, the command line otherwise."""

from isa_desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
