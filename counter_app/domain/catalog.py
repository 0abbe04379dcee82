"""Loading the service catalog from ``forms/`` plus a station's local overrides.

A broken file never stops the application: it is skipped and reported as ``file:line: field: problem``, and the
other services load. Station overrides (``<data folder>/overrides/<service id>.yaml``) change local-policy values
(fees, promised limits, copies, notes) without touching the installed files.

Parsing and validating the ~30 files costs ≈ 20 ms of CPU, and a process may open the catalog many times (the test
suite: once per context; the web server and the CLI: once per command), so a loaded catalog is kept in the process,
keyed by the bytes of every file it was read from. Reading and hashing them costs well under a millisecond, and a
file changed in any way — even within the file system's clock tick, or to the same size — is read again.
"""

from __future__ import annotations

import copy
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from counter_app.domain.catalog_schema import Service

if TYPE_CHECKING:
    import yaml

SHARED_QUESTIONS_FILE = "_questions.yaml"


@dataclass(frozen=True)
class CatalogProblem:
    file: str
    line: int
    field: str
    problem: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field or '-'}: {self.problem}"


@dataclass
class Catalog:
    services: dict[str, Service] = field(default_factory=dict)
    problems: list[CatalogProblem] = field(default_factory=list)

    def ordered(self) -> list[Service]:
        return sorted(self.services.values(), key=lambda s: (s.sort, s.id))

    def get(self, service_id: str) -> Service:
        try:
            return self.services[service_id]
        except KeyError:
            raise KeyError(f"unknown service {service_id!r}") from None


def bundled_forms_dir() -> Path:
    return Path(str(resources.files("counter_app.forms")))


@dataclass
class _Source:
    """A file's text; its node tree (for line numbers) is composed only when a problem needs a line."""

    text: str

    @cached_property
    def node(self) -> yaml.Node | None:
        import yaml

        return yaml.compose(self.text, Loader=yaml.SafeLoader)


def _line_of(source: _Source | None, path: Iterable[Any]) -> int:
    """The 1-based line of the deepest node on ``path`` that exists."""
    import yaml

    node = source.node if source is not None else None
    if node is None:
        return 1
    line = node.start_mark.line + 1
    for step in path:
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == str(step):
                    child = value_node
                    line = key_node.start_mark.line + 1
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            child = node.value[step]
            line = child.start_mark.line + 1
        if child is None:
            break
        node = child
    return line


def _read_yaml(path: Path, label: str) -> tuple[Any, _Source | None, list[CatalogProblem]]:
    # Imported here: a start whose catalog comes from the cache (catalog_cache) reads no YAML at all.
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, None, [CatalogProblem(label, 1, "", f"cannot read the file: {exc}")]
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)), _Source(text), []
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        reason = getattr(exc, "problem", None) or str(exc)
        return None, None, [CatalogProblem(label, line, "", f"not valid YAML: {reason}")]


def _validation_problems(exc: ValidationError, label: str, node: _Source | None) -> list[CatalogProblem]:
    problems = []
    for error in exc.errors():
        # pydantic adds the tag of a union member to the path; it is no field of the file.
        loc = [step for step in error["loc"] if not (isinstance(step, str) and step.startswith("function-"))]
        message = error["msg"].removeprefix("Value error, ")
        problems.append(CatalogProblem(label, _line_of(node, loc), ".".join(map(str, loc)), message))
    return problems


def _resolve_questions(data: dict[str, Any], shared: Mapping[str, Any]) -> list[str]:
    """Replace question ids by the shared definitions; return the ids that are not defined."""
    unknown = []
    resolved = []
    for entry in data.get("questions") or []:
        if isinstance(entry, str):
            if entry in shared:
                resolved.append({"id": entry, **shared[entry]})
            else:
                unknown.append(entry)
        else:
            resolved.append(entry)
    if "questions" in data:
        data["questions"] = resolved
    return unknown


def apply_override(data: dict[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """Merge a station override into a service's data.

    Mappings merge key by key; ``materials`` is patched by material id (a mapping of id → changed fields), and
    ``extra_materials`` are appended. Anything else replaces the bundled value.
    """
    merged = copy.deepcopy(data)
    for key, value in override.items():
        if key == "materials":
            if not isinstance(value, Mapping):
                raise ValueError("materials: an override patches materials by id (a mapping id → fields)")
            by_id = {m.get("id"): m for m in merged.get("materials", [])}
            for material_id, patch in value.items():
                if material_id not in by_id:
                    raise ValueError(f"materials: no material {material_id!r} to override")
                by_id[material_id].update(patch)
        elif key == "extra_materials":
            merged.setdefault("materials", []).extend(copy.deepcopy(list(value)))
        elif key == "id":
            continue
        elif isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = copy.deepcopy(value)
    return merged


_MEMO_SIZE = 8  # catalogs kept per process: the installed one, and a few a test or a station check builds
_memo: OrderedDict[bytes, Catalog] = OrderedDict()
_memo_lock = threading.Lock()


def _inputs_digest(forms_dir: Path, overrides_dir: Path | None) -> bytes | None:
    """A digest of everything ``load_catalog`` reads: every YAML file's folder, name and bytes (the overrides
    folder's files all count, read or not). An overrides folder without files counts as none, wherever it is: each
    data folder has its own. None if a file cannot be read: such a load is not kept."""
    digest = hashlib.blake2b(digest_size=32)
    digest.update(str(forms_dir).encode())
    for folder in (forms_dir, overrides_dir):
        files = sorted(folder.glob("*.yaml")) if folder is not None and folder.is_dir() else []
        for path in files:
            try:
                data = path.read_bytes()
            except OSError:
                return None
            digest.update(f"\0{path}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.digest()


def load_catalog(forms_dir: Path | None = None, overrides_dir: Path | None = None) -> Catalog:
    """Load every service file; invalid ones become problems and are left out.

    Each call returns its own ``Catalog`` (its dict and list may be changed); the services in it are frozen and
    shared with other calls that read the same bytes."""
    forms_dir = forms_dir or bundled_forms_dir()
    key = _inputs_digest(forms_dir, overrides_dir)
    with _memo_lock:
        kept = _memo.get(key) if key is not None else None
        if kept is not None:
            _memo.move_to_end(key)
    if kept is None:
        kept = _load_catalog(forms_dir, overrides_dir)
        if key is not None:
            with _memo_lock:
                _memo[key] = kept
                while len(_memo) > _MEMO_SIZE:
                    _memo.popitem(last=False)
    return Catalog(services=dict(kept.services), problems=list(kept.problems))


def _load_catalog(forms_dir: Path, overrides_dir: Path | None) -> Catalog:
    catalog = Catalog()
    shared: dict[str, Any] = {}
    shared_path = forms_dir / SHARED_QUESTIONS_FILE
    if shared_path.exists():
        raw, _node, problems = _read_yaml(shared_path, shared_path.name)
        catalog.problems += problems
        if isinstance(raw, Mapping):
            shared = dict(raw)
        elif raw is not None:
            catalog.problems.append(CatalogProblem(shared_path.name, 1, "", "must map question ids to questions"))

    for path in sorted(forms_dir.glob("*.yaml")):
        if path.name == SHARED_QUESTIONS_FILE:
            continue
        service = _load_one(path, shared, overrides_dir, catalog.problems)
        if service is None:
            continue
        if service.id in catalog.services:
            catalog.problems.append(CatalogProblem(path.name, 1, "id", f"duplicate service id {service.id!r}"))
            continue
        catalog.services[service.id] = service
    return catalog


def _load_one(
    path: Path, shared: Mapping[str, Any], overrides_dir: Path | None, problems: list[CatalogProblem]
) -> Service | None:
    raw, node, read_problems = _read_yaml(path, path.name)
    if read_problems:
        problems.extend(read_problems)
        return None
    if not isinstance(raw, dict):
        problems.append(CatalogProblem(path.name, 1, "", "a service file must be a mapping of fields"))
        return None
    unknown = _resolve_questions(raw, shared)
    for question_id in unknown:
        problems.append(
            CatalogProblem(
                path.name, _line_of(node, ["questions"]), "questions", f"unknown shared question {question_id!r}"
            )
        )
    if unknown:
        return None
    label, data = path.name, raw
    if overrides_dir is not None and isinstance(raw.get("id"), str):
        override_path = overrides_dir / f"{raw['id']}.yaml"
        if override_path.exists():
            label = str(override_path)
            override, node, override_problems = _read_yaml(override_path, label)
            if override_problems or not isinstance(override, Mapping):
                problems.extend(override_problems or [CatalogProblem(label, 1, "", "must be a mapping")])
                label, node = path.name, _Source(path.read_text(encoding="utf-8"))
            else:
                try:
                    data = apply_override(raw, override)
                except (ValueError, TypeError, AttributeError) as exc:
                    problems.append(CatalogProblem(label, _line_of(node, ["materials"]), "materials", str(exc)))
                    label, node = path.name, _Source(path.read_text(encoding="utf-8"))
    try:
        return Service.model_validate(data)
    except ValidationError as exc:
        problems.extend(_validation_problems(exc, label, node))
        return None
