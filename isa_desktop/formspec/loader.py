"""Loads a program folder under ``forms/`` into a :class:`Program`, validating everything.

A problem fails with :class:`~isa_desktop.errors.FormError` naming the file, the question and
what is wrong, so a content author can fix it without reading code.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from isa_desktop import paths
from isa_desktop.errors import FormError
from isa_desktop.formspec.expr import ExpressionError
from isa_desktop.formspec.models import (
    COLUMN_PATTERN,
    ID_PATTERN,
    Form,
    Localized,
    ProgramHeader,
    Question,
    Section,
)
from isa_desktop.formspec.program import Program
from isa_desktop.formspec.values import coerce_value, validation_problems

_NARRATIVE_LABEL = Localized.model_validate({
    "en": "How does this control work?",
    "fr-CA": "Comment ce contrôle fonctionne-t-il?",
})
_NARRATIVE_HELP = Localized.model_validate({
    "en": "Describe the procedure in a few sentences: who performs it, how often, what evidence "
    "it leaves, and the name and section of the written procedure where it is documented.",
    "fr-CA": "Décrivez la procédure en quelques phrases : qui l'exécute, à quelle fréquence, "
    "quelles preuves elle laisse, et le nom et la section de la procédure écrite qui la décrit.",
})
_REMEDIATION_LABEL = Localized.model_validate({
    "en": "What will you put in place, who is responsible, and by when?",
    "fr-CA": "Que mettrez-vous en place, qui en est responsable et pour quand?",
})
_REMEDIATION_HELP = Localized.model_validate({
    "en": "A gap is acceptable when there is a credible plan. Name the control you will adopt, "
    "the person accountable and a target date; this answer goes on the remediation list.",
    "fr-CA": "Une lacune est acceptable si un plan crédible existe. Nommez le contrôle prévu, "
    "la personne responsable et une date cible; cette réponse figure à la liste des mesures "
    "correctives.",
})


def _fail(source: str, question: str | None, problem: str) -> FormError:
    where = f"{source}: question {question}: " if question else f"{source}: "
    return FormError(where + problem)


def _read_yaml(path: Path) -> Any:
    """Parse a YAML file, through a JSON cache keyed by the file's SHA-256.

    Parsing the question bank's YAML is most of start-up time; the cached JSON of the same
    bytes loads in a few milliseconds. A cache entry that cannot be read is ignored.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise _fail(path.name, None, "file not found") from exc
    cache = paths.cache_dir() / "forms" / f"{hashlib.sha256(raw).hexdigest()}.json"
    try:
        return json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    import yaml  # only when the cache misses: importing it costs start-up time

    # libyaml's safe loader is ten times faster than the pure-Python one; both refuse tags
    # that would construct Python objects.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(raw.decode("utf-8"), Loader=loader)  # noqa: S506 - a safe loader
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise _fail(path.name, None, f"not valid YAML: {exc}") from exc
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        temporary = cache.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(data, default=str), encoding="utf-8")
        os.replace(temporary, cache)
    except OSError:
        pass  # a read-only cache folder only costs speed
    return data


def read_data_file(path: Path) -> Any:
    """A data file of a program folder (trade areas, document templates), parsed and cached."""
    return _read_yaml(path)


def _pydantic_problem(exc: ValidationError, data: Any) -> tuple[str | None, str]:
    """Find the question id nearest to the first error and say what is wrong."""
    error = exc.errors()[0]
    location = error["loc"]
    node, question_id = data, None
    for key in location:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and "id" in node and "type" in node:
            question_id = str(node["id"])
    field = ".".join(str(part) for part in location)
    return question_id, f"{error['msg']} (at {field})"


def _follow_ups(question: Question) -> list[Question]:
    """The narrative and remediation questions generated for a control question."""
    base = f"({question.visible_if}) and " if question.visible_if else ""
    def follow_up(suffix: str, answer: str, label: Localized, help_text: Localized) -> Question:
        return Question(
            id=f"{question.id}.{suffix}", type="textarea", label=label, help=help_text,
            visible_if=f"{base}{question.id} == '{answer}'",
            required_if=f"{question.id} == '{answer}'", form_id=question.form_id,
            section_id=question.section_id, follow_up_of=question.id, tags=question.tags,
            reference=question.reference)

    return [
        follow_up("narrative", "yes", question.narrative_label or _NARRATIVE_LABEL,
                  question.narrative_help or _NARRATIVE_HELP),
        follow_up("remediation", "no", question.remediation_label or _REMEDIATION_LABEL,
                  question.remediation_help or _REMEDIATION_HELP),
    ]


def _check_question(question: Question, source: str, *, column: bool = False) -> None:
    pattern = COLUMN_PATTERN if column else ID_PATTERN
    if not pattern.match(question.id):
        raise _fail(source, question.id, "the id must be lower-case words joined by dots")
    for expression in (question.visible_if, question.required_if):
        if expression:
            try:  # parsed once: the properties cache the result for every later evaluation
                question.visible_expr  # noqa: B018
                question.required_expr  # noqa: B018
            except ExpressionError as exc:
                raise _fail(source, question.id, f"condition {expression!r}: {exc}") from exc
    if question.type in ("choice", "multichoice") and not question.choices:
        raise _fail(source, question.id, f"a {question.type} question needs choices")
    if question.type == "table":
        if column:
            raise _fail(source, question.id, "a table column cannot be a table")
        if not question.columns:
            raise _fail(source, question.id, "a table needs columns")
        for col in question.columns:
            if col.type == "attachment":
                raise _fail(source, f"{question.id}.{col.id}", "a column cannot be an attachment")
            _check_question(col, source, column=True)
    if question.control and question.type != "yesno":
        raise _fail(source, question.id, "only a yesno question can be a control question")
    if question.validator:
        from isa_desktop.domain.validators import VALIDATORS

        if question.validator not in VALIDATORS:
            names = ", ".join(sorted(VALIDATORS))
            raise _fail(source, question.id, f"unknown validator {question.validator!r} "
                        f"(known: {names})")
    if question.example is not None:
        try:
            value = coerce_value(question, question.example)
        except ValueError as exc:
            raise _fail(source, question.id, f"the example does not pass: {exc}") from exc
        for _code, message in validation_problems(question, value):
            raise _fail(source, question.id, f"the example does not pass: {message}")


def _place(question: Question, form_id: str, section_id: str) -> Question:
    return question.model_copy(update={"form_id": form_id, "section_id": section_id})


def load_form(path: Path) -> Form:
    """Read and validate one form file (ids, types, conditions, validators, examples)."""
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise _fail(path.name, None, "a form file must be a mapping with id, title, sections")
    try:
        form = Form.model_validate({**data, "source": path.name})
    except ValidationError as exc:
        question_id, problem = _pydantic_problem(exc, data)
        raise _fail(path.name, question_id, problem) from exc
    if form.visible_if:
        try:
            form.visible_expr  # noqa: B018 - parse now to fail at load
        except ExpressionError as exc:
            raise _fail(path.name, None, f"form condition: {exc}") from exc
    sections = []
    for section in form.sections:
        questions: list[Question] = []
        for raw in section.questions:
            question = _place(raw, form.id, section.id)
            _check_question(question, path.name)
            questions.append(question)
            if question.control:
                questions.extend(_follow_ups(question))
        sections.append(Section(id=section.id, title=section.title, help=section.help,
                                questions=questions))
    return form.model_copy(update={"sections": sections})


def load_program_from(folder: Path) -> Program:
    """Load ``folder/program.yaml`` and the form files it lists."""
    header_data = _read_yaml(folder / "program.yaml")
    try:
        header = ProgramHeader.model_validate(header_data)
    except ValidationError as exc:
        raise _fail("program.yaml", None, _pydantic_problem(exc, header_data)[1]) from exc
    forms = [load_form(folder / name) for name in header.forms]
    program = Program(header, forms, folder)
    _check_program(program)
    return program


def _check_program(program: Program) -> None:
    """Cross-file checks: unique ids and conditions that name existing questions."""
    seen: dict[str, str] = {}
    form_ids: set[str] = set()
    for form in program.forms:
        if form.id in form_ids:
            raise _fail(form.source, None, f"form id {form.id!r} is used twice")
        form_ids.add(form.id)
        for question in form.questions():
            if question.id in seen:
                raise _fail(form.source, question.id, f"id already used in {seen[question.id]}")
            seen[question.id] = form.source
    for form in program.forms:
        conditions = [(None, form.visible_expr)] + [
            (q.id, expr) for q in form.questions() for expr in (q.visible_expr, q.required_expr)
        ]
        for question_id, expr in conditions:
            for name in expr.names if expr else ():
                if name not in seen:
                    raise _fail(form.source, question_id,
                                f"condition names {name!r}, which is not a question")


@lru_cache(maxsize=8)
def load_program(program_id: str = "isa", root: str | None = None) -> Program:
    """The program ``program_id`` from ``forms/`` (cached: forms do not change while running)."""
    folder = Path(root) if root else paths.forms_dir()
    target = folder / program_id
    if not (target / "program.yaml").is_file():
        known = ", ".join(available_programs(folder)) or "none"
        raise FormError(f"There is no program {program_id!r} (available: {known}).")
    return load_program_from(target)


def available_programs(root: Path | None = None) -> list[str]:
    """Ids of the programs under ``forms/``."""
    folder = root or paths.forms_dir()
    return sorted(p.parent.name for p in folder.glob("*/program.yaml"))
