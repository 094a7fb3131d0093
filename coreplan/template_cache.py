"""coreplan's own templates, compiled once and kept beside the bytecode (coreplan.derived).

Jinja turns each template into Python and compiles it on every run: a render uses six or seven templates,
and compiling them cost about as much as the rest of the render. Jinja's bytecode cache keeps the result;
this one keeps it only for the templates shipped inside coreplan, in the package's own __pycache__ (never
in a user's cache folder, where another program could leave code for coreplan to run, and never for a
team's templates). A kept template is used only for the same source (Jinja checks its checksum) and the
same kind of environment: the settings that change the Python Jinja writes are part of its key.
"""

from __future__ import annotations

import os
from typing import Any

import jinja2
from jinja2.bccache import Bucket, BytecodeCache
from jinja2.utils import _PassArg

from coreplan import derived
from coreplan.paths import templates_dir


class BuiltInTemplateCache(BytecodeCache):
    def __init__(self) -> None:
        self.folder = os.path.realpath(templates_dir()) + os.sep

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None, source: str) -> Bucket:
        setup = _compiled_by(environment)
        kept = filename is not None and setup is not None and os.path.realpath(filename).startswith(self.folder)
        # a bucket that is not kept has an empty key: load and dump below leave it alone
        key = self.get_cache_key(f"{name}|{setup}", filename) if kept else ""
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key:
            data = derived.load(_name(bucket), derived.digest([bucket.key]))
            if isinstance(data, bytes):
                bucket.bytecode_from_string(data)  # checks Jinja's version and the source's checksum

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.key:
            derived.save(_name(bucket), derived.digest([bucket.key]), bucket.bytecode_to_string())


def _name(bucket: Bucket) -> str:
    return f"template-{bucket.key[:24]}"


def _compiled_by(env: jinja2.Environment) -> str | None:
    """What of an environment shapes the Python Jinja writes for a template, or None if it cannot be told."""
    if not isinstance(env.autoescape, bool):
        return None
    finalize: Any = env.finalize
    if finalize is not None and not hasattr(finalize, "__qualname__"):
        return None

    def passes(functions: dict) -> list:
        return sorted((name, repr(_PassArg.from_obj(function))) for name, function in functions.items())

    return repr((type(env).__module__, type(env).__qualname__, jinja2.__version__, env.autoescape,
                 finalize and (finalize.__module__, finalize.__qualname__, repr(_PassArg.from_obj(finalize))),
                 sorted(env.extensions), env.trim_blocks, env.lstrip_blocks, env.keep_trailing_newline,
                 env.newline_sequence, env.block_start_string, env.block_end_string, env.variable_start_string,
                 env.variable_end_string, env.comment_start_string, env.comment_end_string,
                 env.line_statement_prefix, env.line_comment_prefix, env.optimized, env.is_async,
                 getattr(env, "newstyle_gettext", None), sorted(getattr(env, "intercepted_binops", ())),
                 sorted(getattr(env, "intercepted_unops", ())), passes(env.filters), passes(env.tests)))
