"""Reading the file: problems the loader (coreplan.load) finds before any guidance rule runs."""

from coreplan.i18n import N_
from coreplan.rules.base import Rule

FAMILY = N_("reading the file")

RULES = (
    Rule("unreadable-file", "error", N_("the file cannot be read at all (a pipe, a broken link, no permission)"),
         FAMILY, fixed=True),
    Rule("invalid-yaml", "error", N_("the file is not valid YAML, not UTF-8 text, or empty"), FAMILY, fixed=True),
    Rule("duplicate-key", "error", N_("a key is written twice in one mapping (one would be lost)"), FAMILY,
         fixed=True),
    Rule("alias-not-allowed", "error", N_("the file uses YAML anchors or aliases ('&name', '*name')"), FAMILY,
         fixed=True),
    Rule("file-too-large", "error", N_("the file is larger than a case file can be (1 MiB)"), FAMILY, fixed=True),
    Rule("unknown-field", "error", N_("a field the case format does not have (a typo, most often)"), FAMILY),
    Rule("missing-field", "error", N_("a required field is missing or empty"), FAMILY, fixed=True),
    Rule("invalid-value", "error", N_("a value of the wrong type, an impossible date, or a value not allowed"),
         FAMILY, fixed=True),
    Rule("unknown-id", "error", N_("a reference to an id that no list defines"), FAMILY),
    Rule("duplicate-id", "error", N_("two entries of a list (or two people) share an id"), FAMILY),
    Rule("control-character", "error", N_("a value or key holds a control character (an escape such as \\e "
                                          "or \\x1b in double quotes), or the file holds a character that "
                                          "can turn text round or hide words"), FAMILY, fixed=True),
    Rule("invisible-character", "warning", N_("the file holds a character that cannot be seen (a zero-width "
                                              "space, a direction mark), often pasted in with other text"),
         FAMILY),
    Rule("unused-suppression", "info", N_("an inline '# coreplan: ignore[...]' that silences nothing, names no "
                                          "rule, or names a rule that cannot be ignored"),
         N_("inline suppression")),
)
