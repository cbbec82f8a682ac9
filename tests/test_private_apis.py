"""No private API of the standard library or a dependency is used (issue 18 §4): a private name (one leading
underscore) can change or vanish in any release without notice, and the code breaks silently on an upgrade.

Read from the source (ast) over every module of the project, function-level imports included: an import of
`_name` from a module outside the project, or an attribute `._name` reached from such an import.
"""
from __future__ import annotations

import ast

import pytest

from tests.test_import_layers import ROOT, modules

PROJECT = {name.split(".")[0] for name in modules()} | {"tests"}
# Underscored names their library documents as public: os._exit ends a forked worker without running the
# parent's exit handlers (https://docs.python.org/3/library/os.html#os._exit).
DOCUMENTED = {"os._exit"}


def _outside(module: str | None, level: int) -> bool:
    return level == 0 and bool(module) and module.split(".")[0] not in PROJECT


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_uses(source: str, where: str) -> list[str]:
    """`file:line: what` for each private name of another package the source uses."""
    tree = ast.parse(source)
    found, foreign = [], set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if _outside(a.name, 0):
                    foreign.add(a.asname or a.name.split(".")[0])
                    found += [f"{where}:{node.lineno}: import {a.name}"] if any(map(_private, a.name.split("."))) else []
        elif isinstance(node, ast.ImportFrom) and _outside(node.module, node.level):
            for a in node.names:
                foreign.add(a.asname or a.name)
                if _private(a.name) or any(map(_private, node.module.split("."))):
                    found.append(f"{where}:{node.lineno}: from {node.module} import {a.name}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            root = node.value
            while isinstance(root, (ast.Attribute, ast.Call)):
                root = root.func if isinstance(root, ast.Call) else root.value
            if isinstance(root, ast.Name) and root.id in foreign and ast.unparse(node) not in DOCUMENTED:
                found.append(f"{where}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_module_of_the_project_uses_a_private_name_of_another_package():
    found = [use for name, path in modules().items()
             for use in private_uses(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))]
    assert found == [], "private APIs of other packages (use their public API):\n" + "\n".join(found)


@pytest.mark.parametrize("code", [
    "from py3langid.langid import _load_identifier\n",
    "import csv\nd = csv.Sniffer()._guess_delimiter\n",
    "import zipfile\nzipfile._EndRecData(f)\n",
    "from pandas.io.formats.style import Styler\nStyler._compute(s)\n",
    "def f():\n    import csv as c\n    return c._private\n",
])
def test_the_check_catches_each_way_a_private_name_is_reached(code):
    assert private_uses(code, "planted.py")


@pytest.mark.parametrize("code", [
    "from __future__ import annotations\nimport os\nos.path.join('a')\n",
    "from . import _helpers\n_helpers._cached()\n",
    "from loaders.formats import reading_language\nreading_language._identifier()\n",
    "import os\nos._exit(1)\n",
])
def test_the_check_leaves_the_projects_own_names_dunders_and_documented_names_alone(code):
    assert private_uses(code, "planted.py") == []
