"""Welsh documents (Welsh Language Standards): what a practitioner names in a Welsh plan has a Welsh form.

coreplan translates every word of its own; the roles, relationships, agencies and the authority's name come
from the case, so a Welsh or bilingual document shows them in English unless the case gives a Welsh form
(`role_cy`, `agency_cy`, `relationship_cy`, `local_authority_cy`, or `organisation_cy` in .coreplan.yaml).
"""

from __future__ import annotations

from coreplan.i18n import N_
from coreplan.messages import msg
from coreplan.rules.base import Hit, Rule

FAMILY = N_("Welsh documents")


def missing_welsh_form(case, ctx):
    if "cy" not in case.language.split("+"):
        return
    settings = ctx.settings
    organisation_cy = getattr(settings, "organisation_cy", None) if settings else None
    organisation = getattr(settings, "organisation", None) if settings else None
    if not organisation and case.local_authority and not case.local_authority_cy and not organisation_cy:
        yield Hit(case.at("local_authority"), msg(
            "the plan is written for Welsh documents but the authority's name has no Welsh form: add "
            "'local_authority_cy' (or 'organisation_cy' in .coreplan.yaml)"))
    for member in case.members:
        if not member.role_cy:
            yield Hit(member.at("role"), msg("%(name)s's role has no Welsh form for the Welsh documents: add "
                                             "'role_cy' (e.g. 'gweithiwr cymdeithasol')", name=member.name))
        if member.agency and not member.agency_cy:
            yield Hit(member.at("agency"), msg("%(name)s's agency has no Welsh form for the Welsh documents: add "
                                               "'agency_cy'", name=member.name))
    for person in case.family:
        if not person.relationship_cy:
            yield Hit(person.at("relationship"), msg("%(name)s's relationship has no Welsh form for the Welsh "
                                                     "documents: add 'relationship_cy' (e.g. 'mam', 'tad', 'nain')",
                                                     name=person.name))


RULES = (
    Rule("missing-welsh-form", "info", N_("a Welsh or bilingual plan names a role, relationship, agency or "
                                          "authority with no Welsh form"), FAMILY, missing_welsh_form),
)
