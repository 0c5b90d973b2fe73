"""ISA Desktop: prepares and maintains an importer's CBP Importer Self-Assessment application."""

__version__ = "0.1.0"
APP_NAME = "ISA Desktop"
