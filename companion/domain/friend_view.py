""""Read it as a friend would": an unsent message rewritten from the outside.

Self-distancing (EVIDENCE.md: Kross & Ayduk) — reading your own words with "you",
or with your own name, instead of "I" takes some of the heat out of them. The
message was written to them, so its "you" becomes "they"/"them" at the same
time ("I miss you" → "you miss them"). A rewrite is a new text: the original is
never changed.

Word by word, keeping the writer's capitals (a sentence start stays capitalised,
SHOUTING stays shouted, a curly apostrophe stays curly):

    I am → you are    I'm → you're    I was → you were    I → you
    my → your         me → you        mine → yours        myself → yourself

With the person's own name, "I" becomes the name with the verb after it agreeing
("I miss" → "Sam misses", "I am" → "Sam is", "my" → "Sam's"). Whether their "you"
is "they" or "them" is a guess from the words around it, right in everyday
sentences; it only ever changes the pronoun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_SENTENCE_END = re.compile(r"[.!?\n]")

# The writer (first person) in the second person, and their ex ("you") as "they".
_ME_TO_YOU = {"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
              "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll"}
_ME_PAIRS = {("i", "am"): "you are", ("i", "was"): "you were"}
_YOU_TO_THEM = {"your": "their", "yours": "theirs", "yourself": "themselves",
                "you're": "they're", "you've": "they've", "you'd": "they'd", "you'll": "they'll"}
_YOU_PAIRS = {("you", "are"): "they are", ("you", "were"): "they were"}

# With the writer's name: the third person.
_ME_TO_NAME = {"i": "{n}", "me": "{n}", "my": "{n}'s", "mine": "{n}'s", "myself": "{n}",
               "i'm": "{n} is", "i've": "{n} has", "i'd": "{n} would", "i'll": "{n} will"}
_NAME_PAIRS = {("i", "am"): "{n} is", ("i", "was"): "{n} was"}
_THIRD_PERSON = {"have": "has", "do": "does", "don't": "doesn't", "haven't": "hasn't",
                 "go": "goes", "am": "is", "wasn't": "wasn't"}
_KEEP_VERB = {
    "can", "could", "will", "would", "shall", "should", "may", "might", "must", "can't",
    "couldn't", "won't", "wouldn't", "shouldn't", "did", "didn't", "was", "had", "hadn't",
    "said", "felt", "thought", "knew", "left", "sent", "wrote", "saw", "got", "made", "told",
    "went", "lost", "kept", "let", "put", "read", "hurt", "really", "just", "still", "never",
    "always", "only", "also", "even", "actually", "honestly", "already", "often", "ever",
}

# "you" is "they" at the start of a clause or before a verb, otherwise "them".
_CLAUSE_WORDS = {
    "and", "but", "or", "because", "when", "if", "that", "so", "why", "how", "what", "where",
    "whether", "while", "since", "until", "though", "although", "did", "do", "does", "would",
    "could", "can", "will", "should", "have", "had", "has", "wish", "hope", "think", "know",
    "guess", "bet", "feel", "felt", "thought", "knew", "realise", "realize", "unless", "once",
}
_AFTER_SUBJECT = _KEEP_VERB | {
    "are", "were", "do", "does", "don't", "doesn't", "have", "has", "haven't", "hasn't",
    "didn't", "is", "isn't", "aren't", "weren't", "want", "wanted", "need", "needed", "love",
    "loved", "miss", "missed", "care", "cared", "chose", "decided", "moved", "ignored",
    "blocked", "broke", "cheated", "lied", "promised", "meant", "mean", "make", "know",
    "think", "say", "look", "looked", "seem", "seemed", "used", "ever", "probably",
}


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        return self.text.lower().replace("’", "'")


def _sentence_start(text: str, words: list[_Word], index: int) -> bool:
    """Whether words[index] opens a sentence (or a line)."""
    if index == 0:
        return True
    gap = text[words[index - 1].end:words[index].start]
    return bool(_SENTENCE_END.search(gap))


def _third_person(verb: str) -> str:
    """"miss" → "misses", "want" → "wants" (modals, past forms and adverbs stay)."""
    key = verb.lower().replace("’", "'")
    if key in _THIRD_PERSON:
        out = _THIRD_PERSON[key]
    elif key in _KEEP_VERB or (key.endswith("ed") and not key.endswith("eed")) or "'" in key:
        return verb
    elif key.endswith(("s", "sh", "ch", "x", "z", "o")):
        out = key + "es"
    elif len(key) > 1 and key.endswith("y") and key[-2] not in "aeiou":
        out = key[:-1] + "ies"
    else:
        out = key + "s"
    return _cased(verb, out, start=False)


def _cased(original: str, replacement: str, start: bool, shout: bool = False) -> str:
    """`replacement` with the capitals of `original` (a lone "I" is capitalised by
    grammar, so its case comes from the sentence and the words around it)."""
    if (original.isupper() and len(original) > 1) or shout:
        return replacement.upper()
    if start or (original[0].isupper() and original != "I"):
        return replacement[0].upper() + replacement[1:]
    return replacement


def _curly(original: str, replacement: str) -> str:
    return replacement.replace("'", "’") if "’" in original else replacement


def friend_view(text: str, name: str | None = None) -> str:
    """The message as a friend would read it: first person turned to "you" (or to
    `name`), their "you" to "they"/"them". Returns a new text."""
    name = (name or "").strip() or None
    words = [_Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    out: list[str] = []
    position = 0
    skip = -1
    for i, word in enumerate(words):
        if i <= skip:
            continue
        following = words[i + 1] if i + 1 < len(words) else None
        replacement, used = _rewrite(text, words, i, name)
        if replacement is None:
            continue
        end = word.end
        if used == 2 and following is not None:
            end, skip = following.end, i + 1
        elif name and word.key == "i" and following is not None and _adjacent(text, word, following):
            replacement += text[word.end:following.start] + _third_person(following.text)
            end, skip = following.end, i + 1
        out.append(text[position:word.start])
        out.append(replacement)
        position = end
    out.append(text[position:])
    return "".join(out)


def _adjacent(text: str, word: _Word, following: _Word) -> bool:
    """Whether only spaces stand between two words (the verb right after "I")."""
    return text[word.end:following.start].strip(" ") == ""


def _rewrite(text: str, words: list[_Word], i: int, name: str | None) -> tuple[str | None, int]:
    """The replacement for words[i] (and the word after it, when `used` is 2)."""
    word = words[i]
    following = words[i + 1] if i + 1 < len(words) else None
    pair = (word.key, following.key) if following and _adjacent(text, word, following) else None
    start = _sentence_start(text, words, i)
    shout = word.text == "I" and following is not None and following.text.isupper() and len(following.text) > 1
    me_pairs, me_words = (_NAME_PAIRS, _ME_TO_NAME) if name else (_ME_PAIRS, _ME_TO_YOU)
    for table, used in ((me_pairs, 2), (_YOU_PAIRS, 2), (me_words, 1), (_YOU_TO_THEM, 1)):
        key = pair if used == 2 else word.key
        if key in table:
            phrase = table[key]  # type: ignore[index]
            if name and "{n}" in phrase:
                return _curly(word.text, phrase.replace("{n}", name)), used
            return _curly(word.text, _cased(word.text, phrase, start, shout)), used
    if word.key == "you":
        before = words[i - 1].key if i else ""
        after = following.key if following else ""
        subject = start or before in _CLAUSE_WORDS or after in _AFTER_SUBJECT
        return _cased(word.text, "they" if subject else "them", start), 1
    return None, 0
