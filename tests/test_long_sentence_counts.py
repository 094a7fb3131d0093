"""long-sentence counts each sentence's words from its text's words, found once: the counts must be those of
counting each sentence's own words, on every text of the public corpus and the examples."""

from __future__ import annotations

from types import SimpleNamespace

from coreplan.rules.language import long_sentence
from coreplan.schema import TextSpot
from coreplan.text import sentences, words
from coreplan.yamlread import Pos
from tests.test_prefilter import _texts


def test_each_sentence_has_the_words_it_has_alone():
    texts = _texts() + ["Mr. Jones said 'no.' Then he left!  And  she  stayed", "(St. Mary's) at 8.50. Next: e.g. this"]
    for text in texts:
        case = SimpleNamespace(texts=[TextSpot(text, Pos(1, 1), "notes")], locate=lambda pos, needle, before: pos)
        counted = [hit.message.count for hit in long_sentence(case, SimpleNamespace(options={"max_words": 0}))]
        assert counted == [n for n in (len(words(sentence)) for sentence in sentences(text)) if n > 0], text
