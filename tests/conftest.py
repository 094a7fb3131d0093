import sys
from pathlib import Path

# tests import their helpers as `tests.helpers`
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import os  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _subprocesses_keep_their_bytecode(tmp_path_factory):
    """The coreplan processes the tests start (the quick check, the pre-commit hook, the start-up checks...)
    keep their bytecode and coreplan's derived copies (coreplan.derived) in one folder for the session,
    outside the checkout. Under PYTHONDONTWRITEBYTECODE (set on the CI machine) each of them would compile
    every module and rebuild the lexicon's index and the rules' patterns, about 0.3 s of CPU more per
    process, over a hundred times a run. The test process itself is left as it was started."""
    saved = {name: os.environ.get(name) for name in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(tmp_path_factory.mktemp("pycache"))
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
