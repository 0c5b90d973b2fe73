"""The `.isa` application file: safe opening, migrations, answers, attachments and copies."""

from isa_desktop.storage.appfile import ApplicationFile
from isa_desktop.storage.records import AttachmentInfo
from isa_desktop.storage.safety import check_file
from isa_desktop.storage.schema import APPLICATION_ID, schema_version

__all__ = ["APPLICATION_ID", "ApplicationFile", "AttachmentInfo", "check_file", "schema_version"]
