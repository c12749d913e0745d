"""The rule catalogue: TOML files under resources/catalogue/, validated at load.

Layout::

    catalogue.toml      version, shared item libraries, tolerance tables, ruleset templates
    <product>.toml      one product: names, items (from a library, with overrides), rule sets

Every ruleset is assembled into the canonical dict of :meth:`RuleSet.from_dict`
and validated by it, so a typo in a TOML file stops the load with a
:class:`~labdesk.domain.errors.CatalogueError` naming the file and field.
"""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from labdesk.domain.errors import CatalogueError, InputError
from labdesk.domain.judging.ruleset import ITEM_KEYS, ItemSpec, RuleSet

__all__ = ["Catalogue", "ProductSpec", "default_catalogue_dir", "load_catalogue"]

CATALOGUE_FILE = "catalogue.toml"


@dataclass(frozen=True)
class ProductSpec:
    """A product of the catalogue (e.g. ``metallurgical_coke``) and its rule sets."""

    id: str
    name_zh: str
    name_en: str
    category: str
    rulesets: Mapping[str, RuleSet]
    default_ruleset: str
    needs_licence: bool = False  # in the industrial production-licence catalogue (intake checks it)
    elderly_focus: bool = False  # textile: intake asks whether the sample is for the elderly

    @property
    def items(self) -> tuple[ItemSpec, ...]:
        """The items of the default rule set."""
        return self.rulesets[self.default_ruleset].items


@dataclass(frozen=True)
class Catalogue:
    """All products; ``version`` is recorded with every evaluation."""

    version: str
    products: Mapping[str, ProductSpec]
    directory: Path | None = None

    def ruleset(self, product_id: str, ruleset_id: str | None = None) -> RuleSet:
        """The named (or default) rule set of a product; InputError for unknown ids."""
        if not isinstance(product_id, str) or product_id not in self.products:
            known = "、".join(sorted(self.products))
            raise InputError("product", f"未知的产品「{product_id}」（可用：{known}）")
        product = self.products[product_id]
        rid = product.default_ruleset if ruleset_id is None else ruleset_id
        if not isinstance(rid, str) or rid not in product.rulesets:
            known = "、".join(sorted(product.rulesets))
            raise InputError("ruleset", f"产品 {product_id} 没有规则集「{rid}」（可用：{known}）")
        return product.rulesets[rid]


def default_catalogue_dir() -> Path:
    """resources/catalogue of the source tree, the installed package or the bundle."""
    try:
        from labdesk.paths import resource_dir  # imported lazily: paths is an outer-layer helper
    except ImportError:  # pragma: no cover - only before labdesk.paths existed
        return Path(__file__).resolve().parents[3] / "resources" / "catalogue"
    return resource_dir("catalogue")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{path.name}：TOML 格式错误：{exc}") from None
    except OSError as exc:
        raise CatalogueError(f"{path.name}：无法读取：{exc}") from None


def _need_str(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CatalogueError(f"{where}.{key}：缺少必需的字符串字段")
    return value


def _table(data: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise CatalogueError(f"{where}.{key}：应为表")
    return value


def load_catalogue(directory: Path | None = None) -> Catalogue:
    """Load and validate every product file of the catalogue directory."""
    directory = Path(directory) if directory is not None else default_catalogue_dir()
    main_path = directory / CATALOGUE_FILE
    if not main_path.is_file():
        raise CatalogueError(f"找不到规则目录文件 {main_path}")
    main = _read_toml(main_path)
    where = CATALOGUE_FILE
    extra = set(main) - {"version", "schema", "name_zh", "note", "libraries", "tolerance_tables", "templates"}
    if extra:
        raise CatalogueError(f"{where}：未知的字段 {', '.join(sorted(extra))}")
    version = _need_str(main, "version", where)
    libraries = _table(main, "libraries", where)
    tolerance_tables = _table(main, "tolerance_tables", where)
    templates = _table(main, "templates", where)

    products: dict[str, ProductSpec] = {}
    for path in sorted(directory.glob("*.toml")):
        if path.name == CATALOGUE_FILE:
            continue
        product = _load_product(path, version, libraries, tolerance_tables, templates)
        products[product.id] = product
    if not products:
        raise CatalogueError(f"{directory}：规则目录中没有产品文件")
    return Catalogue(version=version, products=products, directory=directory)


def _load_product(
    path: Path,
    version: str,
    libraries: Mapping[str, Any],
    tolerance_tables: Mapping[str, Any],
    templates: Mapping[str, Any],
) -> ProductSpec:
    data = _read_toml(path)
    where = path.name
    extra = set(data) - {
        "id", "name_zh", "name_en", "category", "library", "items", "item_overrides", "rulesets",
        "default_ruleset", "note", "needs_licence", "elderly_focus", "decision",
    }
    if extra:
        raise CatalogueError(f"{where}：未知的字段 {', '.join(sorted(extra))}")
    pid = _need_str(data, "id", where)
    if pid != path.stem:
        raise CatalogueError(f"{where}.id：产品编号「{pid}」须与文件名一致")
    library: Mapping[str, Any] = {}
    if "library" in data:
        lib_name = _need_str(data, "library", where)
        if lib_name not in libraries or not isinstance(libraries[lib_name], dict):
            raise CatalogueError(f"{where}.library：catalogue.toml 中没有项目库「{lib_name}」")
        library = _table(libraries[lib_name], "items", f"{CATALOGUE_FILE}.libraries.{lib_name}")
    items = _product_items(data, library, where)

    rulesets_raw = _table(data, "rulesets", where)
    if not rulesets_raw:
        raise CatalogueError(f"{where}.rulesets：至少需要一个规则集")
    rulesets: dict[str, RuleSet] = {}
    for rid, body in rulesets_raw.items():
        rwhere = f"{where}.rulesets.{rid}"
        if not isinstance(body, dict):
            raise CatalogueError(f"{rwhere}：应为表")
        merged = _apply_template(body, templates, rwhere)
        rules = [
            _resolve_tolerance(rule, tolerance_tables, f"{rwhere}.rules[{i}]")
            for i, rule in enumerate(merged.pop("rules", []))
        ]
        canonical = {
            "id": rid,
            "product_id": pid,
            "product_name_zh": data.get("name_zh"),
            "product_name_en": data.get("name_en", ""),
            "catalogue_version": version,
            "items": items,
            "rules": rules,
            **({"decision": data["decision"]} if "decision" in data else {}),
            **merged,
        }
        rulesets[rid] = RuleSet.from_dict(canonical, rwhere)
    default = data.get("default_ruleset", next(iter(rulesets)))
    if default not in rulesets:
        raise CatalogueError(f"{where}.default_ruleset：没有规则集「{default}」")
    return ProductSpec(
        id=pid,
        name_zh=_need_str(data, "name_zh", where),
        name_en=str(data.get("name_en", "")),
        category=str(data.get("category", "")),
        rulesets=rulesets,
        default_ruleset=default,
        needs_licence=_flag(data, "needs_licence", where),
        elderly_focus=_flag(data, "elderly_focus", where),
    )


def _flag(data: Mapping[str, Any], key: str, where: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise CatalogueError(f"{where}.{key}：应为 true/false")
    return value


def _product_items(data: Mapping[str, Any], library: Mapping[str, Any], where: str) -> list[dict[str, Any]]:
    """The product's item tables: library codes or inline tables, with ``item_overrides`` applied."""
    overrides = _table(data, "item_overrides", where)
    items: list[dict[str, Any]] = []
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise CatalogueError(f"{where}.items：须列出检验项目")
    for i, entry in enumerate(raw_items):
        if isinstance(entry, str):
            if entry not in library:
                raise CatalogueError(f"{where}.items[{i}]：项目库中没有项目「{entry}」")
            item = {"code": entry, **copy.deepcopy(library[entry])}
        elif isinstance(entry, dict):
            item = copy.deepcopy(entry)
        else:
            raise CatalogueError(f"{where}.items[{i}]：应为项目代码或项目表")
        code = item.get("code")
        if isinstance(code, str) and code in overrides:
            patch = overrides[code]
            if not isinstance(patch, dict) or set(patch) - set(ITEM_KEYS):
                raise CatalogueError(f"{where}.item_overrides.{code}：应为项目字段表")
            item.update(copy.deepcopy(patch))
        items.append(item)
    unknown_over = set(overrides) - {i.get("code") for i in items}
    if unknown_over:
        raise CatalogueError(f"{where}.item_overrides：未列入 items 的项目 {', '.join(sorted(unknown_over))}")

    return items


def _apply_template(body: Mapping[str, Any], templates: Mapping[str, Any], where: str) -> dict[str, Any]:
    own: dict[str, Any] = copy.deepcopy(dict(body))
    name = own.pop("template", None)
    if name is None:
        return own
    if not isinstance(name, str) or not isinstance(templates.get(name), dict):
        raise CatalogueError(f"{where}.template：catalogue.toml 中没有规则集模板「{name}」")
    merged: dict[str, Any] = copy.deepcopy(templates[name])
    extra_rules = own.pop("rules", [])
    merged.update(own)
    merged["rules"] = list(merged.get("rules", [])) + list(extra_rules)
    return merged


def _resolve_tolerance(rule: object, tables: Mapping[str, Any], where: str) -> object:
    """Fill a declared-tolerance rule's bands from its tolerance table (data, verified flag kept)."""
    if not isinstance(rule, dict) or rule.get("kind") != "declared_tolerance" or "bands" in rule:
        return rule
    table_name = rule.get("table")
    table = tables.get(table_name) if isinstance(table_name, str) else None
    if not isinstance(table, dict):
        raise CatalogueError(f"{where}.table：catalogue.toml 中没有允许差表「{table_name}」")
    entries = table.get("items", {})
    entry = entries.get(rule.get("item")) if isinstance(entries, dict) else None
    if not isinstance(entry, dict):
        raise CatalogueError(f"{where}：允许差表「{table_name}」没有项目「{rule.get('item')}」")
    out = dict(rule)
    out["bands"] = copy.deepcopy(entry.get("bands"))
    out.setdefault("direction", entry.get("direction"))
    out.setdefault("source", entry.get("source", table.get("source")))
    verified = bool(table.get("verified", False)) and bool(entry.get("verified", True))
    out["verified"] = bool(out.get("verified", verified)) and verified
    if entry.get("note") or table.get("note"):
        out.setdefault("note", entry.get("note") or table.get("note"))
    if table.get("basis_zh"):
        out.setdefault("basis_zh", table["basis_zh"])
    return out
