"""Meeting templates: the guided forms, read from JSON files and checked.

A template is data (``resources/forms/<key>.json``, format described in
``resources/forms/README.md``) so an institute's variant is an edited file,
not a code change. Loading validates everything the UI and the rules rely
on; a broken file raises ``TemplateError`` naming the file and the field, in
English, because it is read by whoever edits the file, not by the trainer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from ..shipped import shipped_dir
from .bilingual import Text
from .competency_profiles import max_areas
from .data_files import DataFileFormatError, JsonReader, read_json
from .data_files import join as _join
from .enums import CategoryKey, CompetencyArea, MeetingKind


class TemplateError(DataFileFormatError):
    """A template file that cannot be used; ``field`` is a path like ``steps[3].fields[0].kind``."""


#: The published JSON Schema beside the templates (``template.schema.json``) is no template.
SCHEMA_SUFFIX = ".schema.json"


class Phase(StrEnum):
    """Where a step or agenda item sits in the shape every meeting shares."""

    INTRODUCTION = "introduction"
    REVIEW = "review"  # afspraken vorige gesprek nalopen
    GUIDED = "guided"
    AGREEMENTS = "agreements"
    CLOSING = "closing"


_PHASE_ORDER = {phase: rank for rank, phase in enumerate(Phase)}


class Speaker(StrEnum):
    AIOS = "aios"
    OPLEIDER = "opleider"
    BOTH = "both"


class FieldKind(StrEnum):
    TEXT = "text"
    MULTILINE = "multiline"
    CHOICE = "choice"
    COMPETENCIES = "competencies"  # a selection of CompetencyArea values
    AGREEMENTS = "agreements"  # SMART agreements, become Agreement rows
    GOALS = "goals"  # IOP learning goals, become LearningGoal rows
    EARLIER_AGREEMENTS = "earlier_agreements"  # the open agreements of earlier meetings, to tick off
    CHECKBOX = "checkbox"
    NUMBER = "number"  # whole numbers only


class Signer(StrEnum):
    OPLEIDER = "opleider"
    AIOS = "aios"
    INSTITUUTSOPLEIDER = "instituutsopleider"
    PRAKTIJKBEGELEIDER = "praktijkbegeleider"
    DOCENT = "docent"


@dataclass(frozen=True, slots=True)
class Choice:
    key: str
    label: Text


@dataclass(frozen=True, slots=True)
class Field:
    id: str
    label: Text
    kind: FieldKind
    required: bool = False
    options: tuple[Choice, ...] = ()  # only for CHOICE
    minimum: int | None = None  # NUMBER: lowest value; COMPETENCIES: fewest areas
    maximum: int | None = None


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """A preparation item: something to have done before the meeting."""

    id: str
    text: Text


@dataclass(frozen=True, slots=True)
class AgendaItem:
    id: str
    text: Text
    phase: Phase


@dataclass(frozen=True, slots=True)
class Step:
    id: str
    phase: Phase
    title: Text
    guidance: Text | None = None
    questions: tuple[Text, ...] = ()
    speaker: Speaker | None = None  # who talks in this step, where the method prescribes it
    fields: tuple[Field, ...] = ()
    shows_verdict: bool = False  # the step where the verdict is given and explained


@dataclass(frozen=True, slots=True)
class Loop:
    """Steps repeated once per competency chosen in an earlier field (STAR(R), KPB)."""

    id: str
    over: str  # answer key "<step id>.<field id>" of a COMPETENCIES field in ``steps``
    steps: tuple[Step, ...]


@dataclass(frozen=True, slots=True)
class Verdict:
    label: Text
    options: tuple[Choice, ...]
    explanation_required: bool = True


@dataclass(frozen=True, slots=True)
class Template:
    key: str
    version: int
    title: Text
    description: Text
    default_duration_minutes: int
    hour_category: CategoryKey
    signers: tuple[Signer, ...]
    preparation: tuple[ChecklistItem, ...]
    agenda: tuple[AgendaItem, ...]
    steps: tuple[Step, ...]  # introduction, review and the guided part
    closing: tuple[Step, ...]  # agreements and closing
    loop: Loop | None = None  # runs between ``steps`` and ``closing``
    verdict: Verdict | None = None
    counts_as: tuple[str, ...] = ()  # extra keys the rules count this meeting under
    # Step ids (a loop's id: all its steps) in the order the e-portfolio's form asks
    # for them; empty: every step in the form's own order.
    eportfolio: tuple[str, ...] = ()

    @property
    def kind(self) -> MeetingKind | None:
        """The meeting type the rules know, or None for a user's own template."""
        try:
            return MeetingKind(self.key)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class ExpandedStep:
    """A step as the meeting runs it: loop steps once per chosen competency."""

    id: str  # stable: "inleiding", "star.medisch_handelen.situatie"
    step: Step
    competency: CompetencyArea | None = None

    def answer_key(self, field_id: str) -> str:
        return answer_key(self.id, field_id)


def answer_key(step_id: str, field_id: str) -> str:
    """The key a field's value is stored under in ``Meeting.answers``."""
    return f"{step_id}.{field_id}"


# --- expanding and agenda ------------------------------------------------------


def chosen_competencies(template: Template, answers: Mapping[str, Any]) -> list[CompetencyArea]:
    """The competencies the loop runs over, in the order chosen; unknown values are ignored."""
    if template.loop is None:
        return []
    value = answers.get(template.loop.over)
    if not isinstance(value, (list, tuple)):
        return []
    known = {area.value: area for area in CompetencyArea}
    chosen: list[CompetencyArea] = []
    for item in value:
        area = known.get(item) if isinstance(item, str) else None
        if area is not None and area not in chosen:
            chosen.append(area)
    return chosen


def expand_steps(template: Template, answers: Mapping[str, Any]) -> list[ExpandedStep]:
    """All steps in the order they are taken, the loop expanded for the chosen competencies.

    Ids stay the same whatever else is chosen, so stored answers keep their
    place when the trainee adds or drops a competency.
    """
    expanded = [ExpandedStep(step.id, step) for step in template.steps]
    if template.loop is not None:
        for area in chosen_competencies(template, answers):
            expanded.extend(
                ExpandedStep(f"{template.loop.id}.{area.value}.{step.id}", step, area)
                for step in template.loop.steps
            )
    expanded.extend(ExpandedStep(step.id, step) for step in template.closing)
    return expanded


def default_agenda(template: Template, open_agreements: list[str], lang: str = "nl") -> list[dict[str, Any]]:
    """The agenda a new meeting starts with, open agreements in the review slot.

    They go right after the template's review item, i.e. after the
    introduction. A template without a review item (the bad-news talk, which
    must open with the news) gets them just before its agreements, where the
    follow-up is settled.
    """
    items: list[dict[str, Any]] = [
        {"text": item.text.get(lang), "source": "template", "done": False} for item in template.agenda
    ]
    reviews = [i for i, item in enumerate(template.agenda) if item.phase is Phase.REVIEW]
    if reviews:
        at = reviews[-1] + 1
    else:
        at = next(
            (
                i
                for i, item in enumerate(template.agenda)
                if _PHASE_ORDER[item.phase] >= _PHASE_ORDER[Phase.AGREEMENTS]
            ),
            len(items),
        )
    items[at:at] = [
        {"text": text.strip(), "source": "agreement", "done": False}
        for text in open_agreements
        if text.strip()
    ]
    return items


#: Verdicts version 0.1 stored that no template offers now: the MMV card's verdict is
#: *geschikt* or *niet geschikt*. Shown as old values, never taken for one of today's.
LEGACY_VERDICTS: tuple[str, ...] = ("twijfel", "ongeschikt")
#: The old values that said "not suitable".
LEGACY_NOT_SUITABLE: frozenset[str] = frozenset({"ongeschikt"})


# --- locating and loading -------------------------------------------------------


def builtin_forms_dir() -> Path:
    """The shipped templates: inside the installed package, else in the source tree."""
    folder = shipped_dir("resources") / "forms"
    if not folder.is_dir():
        raise FileNotFoundError(f"no meeting templates in {folder}")
    return folder


def load_templates(directory: Path | str) -> dict[str, Template]:
    """Every ``*.json`` template in ``directory``, by key in key order (not the schema)."""
    paths = sorted(p for p in Path(directory).glob("*.json") if not p.name.endswith(SCHEMA_SUFFIX))
    return {template.key: template for template in map(load_template, paths)}


def load_template(path: Path | str) -> Template:
    path = Path(path)
    data = read_json(path, TemplateError)
    return _Parser(path.name).template(data, expected_key=path.stem)


_MAX_DURATION = 24 * 60


class _Parser(JsonReader):
    """Turns parsed JSON into a Template, failing at the first wrong field."""

    def __init__(self, file: str):
        super().__init__(file, TemplateError)

    # template pieces

    def template(self, data: Any, expected_key: str) -> Template:
        self.obj(
            data,
            "",
            required=(
                "key",
                "version",
                "title",
                "description",
                "default_duration_minutes",
                "hour_category",
                "signers",
                "preparation",
                "agenda",
                "steps",
                "closing",
            ),
            optional=("loop", "verdict", "counts_as", "eportfolio"),
        )
        key = self.ident(data["key"], "key")
        if key != expected_key:
            self.fail("key", f"{key!r} must equal the file name {expected_key!r}")
        title = self.text(data["title"], "title")
        description = self.text(data["description"], "description")
        hour_category = self.enum(CategoryKey, data["hour_category"], "hour_category", "category")
        version = self.integer(data["version"], "version")
        if version < 1:
            self.fail("version", "must be 1 or more")
        duration = self.integer(data["default_duration_minutes"], "default_duration_minutes")
        if not 0 < duration <= _MAX_DURATION:
            self.fail("default_duration_minutes", f"must be between 1 and {_MAX_DURATION}")

        signers = tuple(
            self.enum(Signer, s, f"signers[{i}]", "signer")
            for i, s in enumerate(self.list_(data["signers"], "signers"))
        )
        self.unique([s.value for s in signers], lambda i: f"signers[{i}]", "signer")
        counts_as = tuple(
            self.ident(c, f"counts_as[{i}]")
            for i, c in enumerate(self.list_(data.get("counts_as", []), "counts_as"))
        )
        self.unique(list(counts_as), lambda i: f"counts_as[{i}]", "key")

        preparation = tuple(
            self.checklist_item(item, f"preparation[{i}]")
            for i, item in enumerate(self.list_(data["preparation"], "preparation"))
        )
        self.unique([p.id for p in preparation], lambda i: f"preparation[{i}].id", "id")
        agenda = self.agenda(data["agenda"])

        steps = self.steps(data["steps"], "steps")
        closing = self.steps(data["closing"], "closing")
        loop = self.loop(data["loop"], steps) if "loop" in data else None
        verdict = self.verdict(data["verdict"]) if "verdict" in data else None
        self.check_shape(steps, closing)
        self.check_ids(steps, loop, closing)
        self.check_verdict_step(steps, loop, closing, verdict)
        eportfolio = self.eportfolio(data.get("eportfolio", []), steps, loop, closing)

        return Template(
            key=key,
            version=version,
            title=title,
            description=description,
            default_duration_minutes=duration,
            hour_category=hour_category,
            signers=signers,
            preparation=preparation,
            agenda=agenda,
            steps=steps,
            closing=closing,
            loop=loop,
            verdict=verdict,
            counts_as=counts_as,
            eportfolio=eportfolio,
        )

    def eportfolio(
        self, value: Any, steps: tuple[Step, ...], loop: Loop | None, closing: tuple[Step, ...]
    ) -> tuple[str, ...]:
        known = [s.id for s in steps] + ([loop.id] if loop else []) + [s.id for s in closing]
        order = tuple(
            self.ident(entry, f"eportfolio[{i}]") for i, entry in enumerate(self.list_(value, "eportfolio"))
        )
        for i, entry in enumerate(order):
            if entry not in known:
                self.fail(f"eportfolio[{i}]", f"no step or loop with id {entry!r}")
        self.unique(list(order), lambda i: f"eportfolio[{i}]", "step id")
        return order

    def checklist_item(self, value: Any, path: str) -> ChecklistItem:
        self.obj(value, path, required=("id", "text"))
        return ChecklistItem(
            id=self.ident(value["id"], _join(path, "id")),
            text=self.text(value["text"], _join(path, "text")),
        )

    def agenda(self, value: Any) -> tuple[AgendaItem, ...]:
        items = []
        for i, item in enumerate(self.list_(value, "agenda")):
            path = f"agenda[{i}]"
            self.obj(item, path, required=("id", "text", "phase"))
            items.append(
                AgendaItem(
                    id=self.ident(item["id"], _join(path, "id")),
                    text=self.text(item["text"], _join(path, "text")),
                    phase=self.enum(Phase, item["phase"], _join(path, "phase"), "phase"),
                )
            )
        if not items or items[0].phase is not Phase.INTRODUCTION:
            self.fail(
                "agenda[0].phase" if items else "agenda",
                "the agenda must open with an introduction item",
            )
        self.check_order([item.phase for item in items], lambda i: f"agenda[{i}].phase")
        self.unique([item.id for item in items], lambda i: f"agenda[{i}].id", "id")
        return tuple(items)

    def steps(self, value: Any, path: str) -> tuple[Step, ...]:
        return tuple(self.step(item, f"{path}[{i}]") for i, item in enumerate(self.list_(value, path)))

    def step(self, value: Any, path: str) -> Step:
        self.obj(
            value,
            path,
            required=("id", "phase", "title"),
            optional=("guidance", "questions", "speaker", "fields", "shows_verdict"),
        )
        fields = tuple(
            self.field(item, f"{path}.fields[{i}]")
            for i, item in enumerate(self.list_(value.get("fields", []), _join(path, "fields")))
        )
        self.unique([f.id for f in fields], lambda i: f"{path}.fields[{i}].id", "field id")
        speaker = value.get("speaker")
        return Step(
            id=self.ident(value["id"], _join(path, "id")),
            phase=self.enum(Phase, value["phase"], _join(path, "phase"), "phase"),
            title=self.text(value["title"], _join(path, "title")),
            guidance=(self.text(value["guidance"], _join(path, "guidance")) if "guidance" in value else None),
            questions=tuple(
                self.text(q, f"{path}.questions[{i}]")
                for i, q in enumerate(self.list_(value.get("questions", []), _join(path, "questions")))
            ),
            speaker=(
                None if speaker is None else self.enum(Speaker, speaker, _join(path, "speaker"), "speaker")
            ),
            fields=fields,
            shows_verdict=self.boolean(value.get("shows_verdict", False), _join(path, "shows_verdict")),
        )

    def field(self, value: Any, path: str) -> Field:
        self.obj(
            value,
            path,
            required=("id", "label", "kind"),
            optional=("required", "options", "min", "max"),
        )
        field_id = self.ident(value["id"], _join(path, "id"))
        label = self.text(value["label"], _join(path, "label"))
        kind_path = _join(path, "kind")
        if not isinstance(value["kind"], str) or value["kind"] not in set(FieldKind):
            self.fail(kind_path, f"unknown kind {value['kind']!r}")
        kind = FieldKind(value["kind"])
        required = self.boolean(value.get("required", False), _join(path, "required"))

        options: tuple[Choice, ...] = ()
        if kind is FieldKind.CHOICE:
            if "options" not in value:
                self.fail(_join(path, "options"), "missing (a choice field needs options)")
            options = self.choices(value["options"], _join(path, "options"))
        elif "options" in value:
            self.fail(_join(path, "options"), f"only a choice field has options, not {kind.value!r}")

        minimum = maximum = None
        if kind in (FieldKind.NUMBER, FieldKind.COMPETENCIES):
            if "min" in value:
                minimum = self.integer(value["min"], _join(path, "min"))
            if "max" in value:
                maximum = self.integer(value["max"], _join(path, "max"))
            if minimum is not None and maximum is not None and minimum > maximum:
                self.fail(_join(path, "max"), "must not be below min")
            if kind is FieldKind.COMPETENCIES:
                most = max_areas()
                for name, bound in (("min", minimum), ("max", maximum)):
                    if bound is not None and not 0 <= bound <= most:
                        self.fail(_join(path, name), f"must be between 0 and {most}")
        else:
            for name in ("min", "max"):
                if name in value:
                    self.fail(_join(path, name), f"only number and competencies fields have {name}")
        return Field(
            id=field_id,
            label=label,
            kind=kind,
            required=required,
            options=options,
            minimum=minimum,
            maximum=maximum,
        )

    def choices(self, value: Any, path: str) -> tuple[Choice, ...]:
        options = []
        for i, item in enumerate(self.list_(value, path)):
            item_path = f"{path}[{i}]"
            self.obj(item, item_path, required=("key", "label"))
            options.append(
                Choice(
                    key=self.ident(item["key"], _join(item_path, "key")),
                    label=self.text(item["label"], _join(item_path, "label")),
                )
            )
        if len(options) < 2:
            self.fail(path, "needs at least two options")
        self.unique([o.key for o in options], lambda i: f"{path}[{i}].key", "option")
        return tuple(options)

    def loop(self, value: Any, steps: tuple[Step, ...]) -> Loop:
        self.obj(value, "loop", required=("id", "over", "steps"))
        loop_id = self.ident(value["id"], "loop.id")
        over = value["over"]
        step_id, _, field_id = over.partition(".") if isinstance(over, str) else ("", "", "")
        target = next((f for s in steps if s.id == step_id for f in s.fields if f.id == field_id), None)
        if target is None or target.kind is not FieldKind.COMPETENCIES:
            self.fail(
                "loop.over",
                f"{over!r} must be '<step id>.<field id>' of a competencies field in steps",
            )
        loop_steps = self.steps(value["steps"], "loop.steps")
        if not loop_steps:
            self.fail("loop.steps", "must not be empty")
        for i, step in enumerate(loop_steps):
            if step.phase is not Phase.GUIDED:
                self.fail(f"loop.steps[{i}].phase", "loop steps belong to the guided phase")
        return Loop(id=loop_id, over=over, steps=loop_steps)

    def verdict(self, value: Any) -> Verdict:
        self.obj(value, "verdict", required=("label", "options"), optional=("explanation_required",))
        return Verdict(
            label=self.text(value["label"], "verdict.label"),
            options=self.choices(value["options"], "verdict.options"),
            explanation_required=self.boolean(
                value.get("explanation_required", True), "verdict.explanation_required"
            ),
        )

    # whole-template checks

    def check_order(self, phases: list[Phase], path_of: Callable[[int], str]) -> None:
        for i in range(1, len(phases)):
            if _PHASE_ORDER[phases[i]] < _PHASE_ORDER[phases[i - 1]]:
                self.fail(
                    path_of(i),
                    f"{phases[i].value!r} cannot follow {phases[i - 1].value!r}; "
                    "the order is " + " → ".join(p.value for p in Phase),
                )

    def check_shape(self, steps: tuple[Step, ...], closing: tuple[Step, ...]) -> None:
        """Introduction first; opening and guided part in steps, agreements and closing after."""
        if not steps or steps[0].phase is not Phase.INTRODUCTION:
            self.fail("steps[0].phase" if steps else "steps", "the first step must be the introduction")
        opening = (Phase.INTRODUCTION, Phase.REVIEW, Phase.GUIDED)
        for i, step in enumerate(steps):
            if step.phase not in opening:
                self.fail(f"steps[{i}].phase", f"{step.phase.value!r} steps belong in closing")
        self.check_order([s.phase for s in steps], lambda i: f"steps[{i}].phase")
        for i, step in enumerate(closing):
            if step.phase not in (Phase.AGREEMENTS, Phase.CLOSING):
                self.fail(f"closing[{i}].phase", "closing holds only agreements and closing steps")
        self.check_order([s.phase for s in closing], lambda i: f"closing[{i}].phase")
        for phase in (Phase.AGREEMENTS, Phase.CLOSING):
            if not any(s.phase is phase for s in closing):
                self.fail("closing", f"needs a step with phase {phase.value!r}")

    def check_ids(self, steps: tuple[Step, ...], loop: Loop | None, closing: tuple[Step, ...]) -> None:
        paths = [f"steps[{i}].id" for i in range(len(steps))]
        ids = [s.id for s in steps]
        if loop is not None:
            paths.append("loop.id")
            ids.append(loop.id)
            self.unique([s.id for s in loop.steps], lambda i: f"loop.steps[{i}].id", "step id")
        paths += [f"closing[{i}].id" for i in range(len(closing))]
        ids += [s.id for s in closing]
        self.unique(ids, lambda i: paths[i], "step id")

    def check_verdict_step(
        self,
        steps: tuple[Step, ...],
        loop: Loop | None,
        closing: tuple[Step, ...],
        verdict: Verdict | None,
    ) -> None:
        located = [(f"steps[{i}]", s) for i, s in enumerate(steps)]
        located += [(f"loop.steps[{i}]", s) for i, s in enumerate(loop.steps if loop else ())]
        located += [(f"closing[{i}]", s) for i, s in enumerate(closing)]
        showing = [path for path, step in located if step.shows_verdict]
        if verdict is None and showing:
            self.fail(_join(showing[0], "shows_verdict"), "the template has no verdict")
        if verdict is not None:
            if not showing:
                self.fail("verdict", "no step has shows_verdict")
            if len(showing) > 1:
                self.fail(_join(showing[1], "shows_verdict"), "only one step may show the verdict")
            if showing[0].startswith("loop."):
                self.fail(_join(showing[0], "shows_verdict"), "a loop step cannot show the verdict")
