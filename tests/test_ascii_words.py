"""The quick count of an ASCII text's words (coreplan.text.most_words), which long-sentence uses to pass over
texts and sentences too short to be long, is never less than the words the regular expression finds, on
made-up text and on every text of the public corpus and the examples."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coreplan.text import most_words, words
from tests.test_prefilter import _texts

# ASCII with every character that matters here often: letters, digits, the characters inside a word, and the
# ones that part words (spaces, line breaks, stops, brackets, quotes, the control characters)
_ASCII = st.text(st.one_of(st.sampled_from("aZ09'&/- .,;:()\"\n\t\x1c\x7f_"), st.characters(max_codepoint=127)),
                 max_size=80)


@settings(max_examples=400, deadline=None)
@given(_ASCII)
def test_the_quick_count_is_never_less_than_the_words(text):
    assert most_words(text) >= len(words(text))


def test_on_real_text_the_quick_count_is_the_count():
    texts = _texts()
    assert all(most_words(text) >= len(words(text)) for text in texts)
    exact = sum(most_words(text) == len(words(text)) for text in texts)
    assert exact >= 0.9 * len(texts)  # a dash between spaces (' - ') is what it counts too many


def test_text_that_is_not_ascii_is_counted_by_the_pattern():
    text = "Mae’r teulu’n cwrdd â’r gweithiwr — ‘cynllun’"
    assert most_words(text) == len(words(text)) == 6
