"""The numbers of the statutory timescales, per set of procedures.

`wales` follows the Wales Safeguarding Procedures (children section); `england`
uses the same conference and core group timescales (Working Together 2023) but
leaves visiting frequency to local procedures, so its visiting numbers are unset
until a team sets them in `.coreplan.yaml`:

    procedures:
      england:
        seen_alone_every_working_days: 10
        seen_at_home_every_days: 28
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class Profile:
    """The statutory timescales of one set of procedures (wales, england, or a team's own)."""

    name: str
    conference_within_working_days: int = 15  # after the last strategy discussion
    outline_plan_within_working_days: int = 5  # outline plan and summary of decisions sent out
    conference_record_within_working_days: int = 20  # full record sent (good practice)
    first_core_group_within_working_days: int = 10
    core_group_every_days: int = 42  # "at least every six weeks"
    core_groups_before_first_review: int = 2
    first_review_within_months: int = 3
    review_every_months: int = 6
    seen_alone_every_working_days: int | None = 10
    seen_at_home_every_days: int | None = 28  # "at least every 4 weeks"
    bedroom_seen_between_reviews: bool = True


PROFILES = {
    "wales": Profile("wales"),
    "england": Profile("england", seen_alone_every_working_days=None, seen_at_home_every_days=None,
                       bedroom_seen_between_reviews=False),
}

# Descriptions for messages and `coreplan schedule` bases; also the list of keys a team may override.
NUMBERS = tuple(f.name for f in fields(Profile) if f.name != "name")


def with_overrides(profile: Profile, overrides: dict) -> Profile:
    return replace(profile, **overrides) if overrides else profile
