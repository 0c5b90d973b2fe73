"""The sample importer (Cascade Ridge Outfitters, fictional) as a ready application file.

The shipped material lives in ``resources/demo/``: answer files (JSON) and the policy
documents they attach. ``--demo`` works on a copy in the user's data folder, never on the
shipped files.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from isa_desktop import paths
from isa_desktop.services.application import Application

DEMO_NAME = "Cascade Ridge Outfitters (sample).isa"
_ANSWER_FILES = ("answers_profile.json", "answers_questionnaire.json", "answers_extra.json")


def demo_dir() -> Path:
    """The shipped demo material."""
    return paths.resources_dir() / "demo"


def demo_answers() -> dict[str, Any]:
    """Every answer of the sample importer, merged from the shipped answer files."""
    answers: dict[str, Any] = {}
    for name in _ANSWER_FILES:
        path = demo_dir() / name
        if path.is_file():
            data = json.loads(path.read_text(encoding="utf-8"))
            answers.update(data.get("answers", data))
    return answers


def demo_attachments() -> dict[str, Path]:
    """Question id → shipped document to attach."""
    path = demo_dir() / "attachments.json"
    if not path.is_file():
        return {}
    mapping = json.loads(path.read_text(encoding="utf-8"))
    return {qid: demo_dir() / name for qid, name in mapping.items()}


def build_demo(target: Path, who: str = "demo") -> Path:
    """Create the sample importer's application at ``target`` (which must not exist)."""
    app = Application.create(target, "isa", who=who)
    try:
        known = app.program.questions
        answers = {k: v for k, v in demo_answers().items() if k in known}
        app.import_answers(_earlier_state(answers))
        app.import_answers(answers)
        for question_id, document in demo_attachments().items():
            if question_id in known and document.is_file():
                app.attach(question_id, document)
        _seed_records(app)
        from isa_desktop.services.summary import store_summary

        store_summary(app)
    finally:
        app.close()
    return target


def _earlier_state(answers: dict[str, Any]) -> dict[str, Any]:
    """The profile as it stood before the year's two business changes (a second broker and a
    Canadian division), so the change log and the annual letter have a real history."""
    earlier = dict(answers)
    iors = answers.get("company.ior_numbers") or []
    brokers = answers.get("company.brokers") or []
    if len(iors) > 1:
        earlier["company.ior_numbers"] = iors[:1]
    if len(brokers) > 1:
        earlier["company.brokers"] = [{**brokers[0], "share_pct": 100}]
    return earlier


def _seed_records(app: Application) -> None:
    """Self-testing records shipped with the demo (risk, plan, cycles), if any."""
    path = demo_dir() / "records.json"
    if not path.is_file():
        return
    for kind, items in json.loads(path.read_text(encoding="utf-8")).items():
        for key, data in items.items():
            app.file.put_record(kind, key, data)


def demo_copy(fresh: bool = False) -> Path:
    """The user's working copy of the demo, created on first use (or anew with ``fresh``)."""
    target = paths.data_dir() / "demo" / DEMO_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    if fresh and target.exists():
        target.unlink()
    if not target.exists():
        build_demo(target)
    return target
