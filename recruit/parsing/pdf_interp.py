"""A PDFPageInterpreter whose operator dispatch is looked up once per operator, not per use,
over content read by pdf_tokens rather than pdfminer's PDFContentParser.

pdfminer builds the method name, probes it with hasattr and logs every operator it executes;
on a resume that is ~10% of the interpretation. The loop below keeps pdfminer's guard against
content streams that invoke themselves (parent_stream_ids), and otherwise only dispatches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdftypes import stream_value
from pdfminer.psparser import PSKeyword

from recruit.parsing.pdf_tokens import content_objects

_RENAMES = str.maketrans({"*": "_a", '"': "_w", "'": "_q"})
_ARITY: dict[bytes, tuple[str, int] | None] = {}


class FastInterpreter(PDFPageInterpreter):
    def execute(self, streams: Sequence[object]) -> None:
        bound: dict[bytes, tuple[Callable[..., Any], int] | None] = {}
        for obj in content_objects(self._content(streams)):
            if not isinstance(obj, PSKeyword):
                self.push(obj)
                continue
            if obj.name not in bound:
                bound[obj.name] = self._bind(obj.name)
            entry = bound[obj.name]
            if entry is None:
                continue
            func, nargs = entry
            if nargs:
                args = self.pop(nargs)
                if len(args) == nargs:
                    func(*args)
            else:
                func()

    def _content(self, streams: Sequence[object]) -> bytes:
        """The streams' data end to end, as pdfminer reads a page's content array."""
        valid = []
        self.stream_ids.clear()
        for obj in streams:
            stream = stream_value(obj)
            # streams without an id cannot be tracked; a stream already running above us is a cycle
            if stream.objid is None or stream.objid in self.parent_stream_ids:
                continue
            valid.append(stream)
            self.stream_ids.add(stream.objid)
        return b"".join(stream.get_data() for stream in valid)

    def _bind(self, name: bytes) -> tuple[Callable[..., Any], int] | None:
        if name not in _ARITY:
            text = name.decode("latin-1") if isinstance(name, bytes) else str(name)
            method = "do_" + text.translate(_RENAMES)
            func = getattr(type(self), method, None)
            _ARITY[name] = None if func is None else (method, func.__code__.co_argcount - 1)
        spec = _ARITY[name]
        if spec is None:
            return None
        return getattr(self, spec[0]), spec[1]
