"""Form definitions as data: models, the loader, the condition language and value rules."""

from isa_desktop.formspec.loader import available_programs, load_form, load_program
from isa_desktop.formspec.models import Form, Question, Section
from isa_desktop.formspec.program import Program
from isa_desktop.formspec.values import coerce_value, is_empty, validation_problems

__all__ = [
    "Form", "Program", "Question", "Section", "available_programs", "coerce_value", "is_empty",
    "load_form", "load_program", "validation_problems",
]
