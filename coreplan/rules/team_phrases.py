"""Phrases a team teaches the text rules: wording it accepts, and wording it wants reported.

A team's plans have their own vocabulary: a local group whose name sounds like a service but is part of the
child's week ('Forest School'), or a local shorthand the shipped patterns do not know ('TAF work'). The
options `accepted_phrases` and `service_phrases` / `shorthand_phrases` of the outcome and action rules
teach it, as `extra_terms` and `ignore_terms` do for the jargon lexicon. Phrases are plain words, never
regular expressions: matched whole, ignoring case and the spacing between words, so a configuration file
cannot make a check slow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TeamPhrases:
    """A team's own wording: what it wants reported, and what it accepts."""

    extra: re.Pattern | None = None  # wording the team wants reported
    accepted: re.Pattern | None = None  # wording the team accepts

    def without_accepted(self, text: str) -> str:
        """The text with accepted phrases blanked out (same length, so positions still hold)."""
        if self.accepted is None:
            return text
        return self.accepted.sub(lambda m: " " * len(m.group(0)), text)

    def has_accepted(self, text: str) -> bool:
        return self.accepted is not None and self.accepted.search(text) is not None

    def extra_match(self, text: str) -> re.Match | None:
        return self.extra.search(text) if self.extra is not None else None


NO_TEAM = TeamPhrases()


def phrase_pattern(phrases) -> re.Pattern | None:
    """One pattern matching any of the phrases as whole words, or None for none."""
    parts = [r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in phrases if phrase.split()]
    if not parts:
        return None
    parts.sort(key=len, reverse=True)  # the longest phrase wins where two start at the same word
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def team_phrases(shared: dict, extra, accepted) -> TeamPhrases:
    """The team's phrases, compiled once per run."""
    key = ("team phrases", tuple(extra), tuple(accepted))
    if key not in shared:
        shared[key] = TeamPhrases(phrase_pattern(extra), phrase_pattern(accepted))
    return shared[key]
