"""Safety: crisis-language detection and mass-mention neutralising.

Every outgoing message passes through `neutralise` in the engine, so member text can
never ping `@everyone`, `@here`, a role, a user or a Slack broadcast. Crisis language in
any screened free-text option makes the engine keep the command private and store none
of that text; `contains_crisis_language` decides, and `bot.core.support` tells the
member, in their language, exactly what happened to their command.

How the detector reads text:
1. Normalising. Compatibility forms, case and accents are folded ("ß" is read "ss",
   "ü" and "ue" are both read "u" in German); invisible characters
   are dropped or read as spaces; curly apostrophes are straightened; lookalike letters
   from other scripts (Cyrillic "а", Greek "ο", small capitals) and leetspeak ("k1ll",
   "$uicide", "d*e") are read as the letters they imitate; runs of a repeated letter
   ("diiiie") shrink; common misspellings, contractions and chat spellings ("kil",
   "myslef", "wanna", "dont", "u") are spelled out; split words ("kill my self",
   "s u i c i d e") are joined. French elisions are read in full ("j'ai" is "je ai",
   also typed "jai"), and a pronoun typed onto a Spanish or Portuguese verb is split off
   ("matarme" is "matar me", as "matar-me" is).
2. Tokens. The text becomes a list of words and clause breaks. Phrases are matched as
   word sequences through a trie, with a few filler words ("just", "really", "lol")
   allowed between their words and small bounded gaps where a phrase says so. There is
   no backtracking regular expression: the work per word is bounded, so matching takes
   time proportional to the length of the text, whatever it holds.
3. Families. Each language's `Phrasebook` (data, see `PHRASEBOOKS`) lists phrase
   families: wishing to die or not to exist; suicide named or described; a plan, a means
   or a time; self-harm; being a burden; hopelessness with finality; slang ("kms",
   "unalive", "sewerslide"); and words aimed at someone else ("kys", "kill yourself",
   also a worried friend's "she wants to kill herself"). Every language (English,
   Spanish, German, French, Brazilian Portuguese) is checked, whatever the member's
   setting; when several match, the match names the language whose phrasebook knows
   most of the text's words, and a word one phrasebook lists is never read as a typo of
   another's ("suicidar" is not "suicidal" mistyped).
4. Exclusions. Fixed expressions that contain a crisis word but speak of something
   else are set aside first ("career suicide", "die on this hill", "to die for",
   "volunteered at a suicide hotline", "shot myself in the foot"). A negation just
   before a first-person phrase takes it back ("I don't want to die", "I'm not going to
   kill myself"), though never a phrase that is itself negative ("I don't want to
   live", "ya no quiero vivir"), nor words aimed at someone else ("don't kill yourself
   lol" still matches). Every language's set-aside expressions apply to every reading,
   since a crisis word can be shared ("suicide professionnel" sets aside the English
   phrasebook's "suicide" too).

A false alarm costs a kind private reply and an unsaved note; a miss can cost far more,
so idiomatic first-person phrases ("I could kill myself") match too.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

_ZWSP = "\u200b"

# Mass mentions and platform mention syntax from member text.
_MENTION_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # Slack special mentions: <!channel>, <!here>, <!everyone>, <!subteam^ID|name>, <!date...>
    (re.compile(r"<!"), "<" + _ZWSP + "!"),
    # Discord role, user and channel mentions: <@&123>, <@!123>, <@123>; Slack users <@U123>
    (re.compile(r"<@"), "<" + _ZWSP + "@"),
    # Discord parses @everyone and @here anywhere, even glued to other letters.
    (re.compile(r"@(?=everyone|here)", re.IGNORECASE), "@" + _ZWSP),
    # Slack and Discord broadcasts spelled as words: @channel, @all.
    (re.compile(r"@(?=(?:channel|all)\b)", re.IGNORECASE), "@" + _ZWSP),
]


def neutralise(text: str) -> str:
    """Make any mention syntax inert (a zero-width space breaks it) while keeping it readable."""
    if not text:
        return text
    for pattern, replacement in _MENTION_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


# --- folding: the same text whatever the typography ------------------------------------

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})

# Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt): characters that
# render as nothing, so they can hide inside words ("k\u00adys") or stand for a space.
DEFAULT_IGNORABLE: tuple[tuple[int, int], ...] = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
_INVISIBLE = re.compile(
    "["
    + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in DEFAULT_IGNORABLE)
    + "]"
)
# Invisible characters that look like a blank, or used to be spaces: typed for a space.
_BLANK_LIKE = frozenset("\u115f\u1160\u3164\uffa0\u180e\u200b\u2060\ufeff")


def _fold(text: str, reading: str = "") -> str:
    """Text as the phrasebooks read it: compatibility forms and case folded, accents and
    default-ignorable characters dropped (or read as spaces: `reading` says which)."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    if reading == "blanks":
        text = _INVISIBLE.sub(lambda m: " " if m.group() in _BLANK_LIKE else "", text)
    else:
        text = _INVISIBLE.sub(reading, text)
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(unicodedata.normalize("NFKC", text).split())


# Letters of other scripts that look like Latin ones (after case folding): Cyrillic,
# Greek, Armenian, IPA and small capitals from "fancy text" generators.
_LOOKALIKES = str.maketrans(
    {
        **dict(zip("авеѕіјкмнорстухһԁԛԝӏьё", "abesijkmhopctyxhdqwlbe", strict=True)),
        **dict(zip("αβγεηικνορτυχωςσμ", "abyeniknoptuxwsou", strict=True)),
        **dict(zip("օսհոցզ", "ouhngq", strict=True)),
        **dict(zip("ıłøɑɡɪʟ", "iloagil", strict=True)),
        **dict(zip("ᴀʙᴄᴅᴇꜰɢʜᴊᴋᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghjkmnoprstuvwyz", strict=True)),
    }
)
_LOOKALIKE_CHARS = frozenset(chr(c) for c in _LOOKALIKES)

# Leetspeak: digits and symbols typed for letters. "1" is read as "i", then as "l"; a
# "*" hides a vowel ("k*ll", "d*e").
_LEET_CHARS = frozenset("0134578@$!*")
_LEET_AS_I = dict(zip("0134578@$!", "oieastbasi", strict=True))
_LEET_AS_L = {**_LEET_AS_I, "1": "l"}
_LEET_I = str.maketrans(_LEET_AS_I)
_LEET_L = str.maketrans(_LEET_AS_L)
_VOWELS = "aeiou"

# A word, or a clause break ("." stands for . ? ! ; : and "," for a comma). "!" and "*"
# inside a word are leetspeak; "_" and "-" separate words ("k_y_s", "self-harm").
_CHUNK = re.compile(r"[\w@$*!']+|[.?;:,]")
_HARD, _SOFT = ".", ","
_BREAKS = frozenset((_HARD, _SOFT))


def _unlookalike(word: str) -> str:
    """Lookalike letters read as Latin, in a word that mixes them with Latin letters or
    is made only of them ("kіll", "ѕuicidal", "куѕ"); a real word of another script,
    which has letters without a Latin twin, is left alone."""
    if not any(c in _LOOKALIKE_CHARS for c in word):
        return word
    if any("a" <= c <= "z" for c in word) or all(c in _LOOKALIKE_CHARS for c in word):
        return word.translate(_LOOKALIKES)
    return word


def _leet_variants(word: str) -> list[str]:
    """Readings of a word written partly in leetspeak, most likely first."""
    if len(word) > 40 or not any(c.isalpha() for c in word):
        return []
    if not any(c in _LEET_CHARS for c in word):
        return []
    out: list[str] = []
    for base in dict.fromkeys((word.translate(_LEET_I), word.translate(_LEET_L))):
        stars = base.count("*")
        if stars > 2:
            continue
        pieces = base.split("*")
        for vowels in itertools.product(_VOWELS, repeat=stars):
            out.append(pieces[0] + "".join(v + p for v, p in zip(vowels, pieces[1:], strict=True)))
    return out


def _squeeze(word: str, longest: int) -> str:
    """`word` with every run of one letter longer than `longest` cut to `longest`."""
    return "".join(c * min(len(list(run)), longest) for c, run in itertools.groupby(word))


def _raw_tokens(text: str) -> list[str]:
    """Words and clause breaks of folded text, in order; runs of single letters that
    spell a word are left for the phrasebook to join."""
    out: list[str] = []
    for chunk in _CHUNK.findall(text):
        if chunk in ".?;:":
            out.append(_HARD)
            continue
        if chunk == ",":
            out.append(_SOFT)
            continue
        for part in chunk.split("_"):
            word = part.strip("'!")
            if word:
                out.append(word)
            if part.rstrip("'").endswith("!"):
                out.append(_HARD)
    return out


# --- phrasebooks: the data, one per language ----------------------------------------------


@dataclass(frozen=True)
class Family:
    """Phrases of one kind. `negatable`: a negation just before a phrase takes it back
    ("I don't want to die"); words aimed at someone else are never taken back."""

    patterns: tuple[str, ...]
    negatable: bool = True


@dataclass(frozen=True)
class Phrasebook:
    """One language's crisis phrases, as data.

    Pattern syntax, one phrase per string, words separated by spaces:
    - `word`, `a/b/c` (any of them), `@SET` (a named word set), `word?` (optional);
    - `{a b|c|}` a group of alternative word sequences (an empty one makes it optional),
      `%NAME` a named group from `groups`;
    - `..N` up to N other words; `$` a clause break or the end of the text;
    - `!a/@SET` the next word is not one of these (a clause break or the end passes);
    - `^a/@SET/#` (first only) the word before the phrase is not one of these (`#`:
      not a number); `#N` a number of at least N;
    - a leading `+`: the phrase counts even inside a set-aside expression.
    Every word must be written as normalising spells it (`can not`, not `can't`).
    """

    language: str
    families: Mapping[str, Family]
    benign: tuple[str, ...]  # expressions set aside before the families are matched
    sets: Mapping[str, frozenset[str]]  # `@NAME` word sets
    groups: Mapping[str, str]  # `%NAME` groups, substituted before parsing
    spellings: Mapping[str, str]  # a typed word -> its words ("wanna" -> "want to")
    contractions: Mapping[str, str]  # a typed ending -> its word ("n't" -> "not")
    joins: Mapping[str, str]  # two words typed apart -> one ("my self" -> "myself")
    fuzzy: frozenset[str]  # long words still found one typo away ("myslef")
    transposed: frozenset[str]  # short words found with two letters swapped ("wnat")
    stretched: frozenset[str]  # words found with a letter doubled or undoubled ("kil")
    fillers: frozenset[str]  # words that may stand between a phrase's words
    negators: frozenset[str]  # words that take a first-person phrase back
    bridges: frozenset[str]  # words that may stand between a negation and its phrase
    synonyms: Mapping[str, frozenset[str]] = field(default_factory=dict)  # "to" is "2"
    elisions: Mapping[str, str] = field(default_factory=dict)  # a typed start: "j'" -> "je"
    enclitics: tuple[str, ...] = ()  # pronouns typed onto a listed verb: "matarme"
    digraphs: Mapping[str, str] = field(default_factory=dict)  # "oe" typed for "ö" ("o")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EN_SETS: dict[str, frozenset[str]] = {
    "SELF": _words("myself"),
    "OTHERS": _words("yourself yourselves himself herself themselves themself"),
    "ANYSELF": _words("myself yourself yourselves himself herself themselves themself"),
    "KILL": _words("kill kills killing killed"),
    "WANT": _words(
        "want wants wanted wanting wish wishing ready plan plans planning planned deserve "
        "deserves deserved need needs needed trying tried decided choose chose longing like "
        "hope hoping pray praying"
    ),
    "SUICIDE": _words("suicide suicides suicidal suicidally suicidality"),
    "METHOD": _words(
        "hang hanging hanged hung shoot shooting shot drown drowning drowned stab stabbing "
        "stabbed poison poisoning poisoned gas gassing suffocate suffocating strangle "
        "strangling electrocute electrocuting smother smothering end ending ended"
    ),
    "MEDS": _words(
        "pills pill tablets tablet meds medication medications painkillers paracetamol "
        "tylenol ibuprofen aspirin xanax insulin opioids antidepressants benzos acetaminophen"
    ),
    "QUANT": _words(
        "bunch bottle bottles handful all whole lot lots load loads many dozen dozens box boxes "
        "pack packs packet packets entire rest fistful every stash"
    ),
    "HIGH": _words(
        "bridge roof rooftop building cliff balcony tower ledge overpass window skyscraper"
    ),
    "VEHICLE": _words("train bus car truck subway tube lorry tram metro"),
    "WHEN": _words("tonight now today soon tomorrow forever"),
    "DISTANCE": _words(
        "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
        "forty fifty hundred hundreds thousand thousands few many several some of the more "
        "couple extra those these dozen dozens ran run running walked walk cycled biked drove "
        "hiked swam total by"
    ),
    "AFTERKMS": _words(
        "away from to of per long north south east west each a an daily commute further "
        "farther out left on in drive walk ride run race radius round trip later uphill downhill"
    ),
    "PEOPLE": _words(
        "everyone everybody anyone family parents partner wife husband kids children friends "
        "them people others mum mom dad him her us you"
    ),
    # Where or how one lives, after "living": not a wish to stop living.
    "WHERE": _words(
        "in out with at on paycheck off under near abroad here there from by together alone "
        "close closer somewhere anywhere downtown nearby"
    ),
    "CUTOBJ": _words(
        "costs corners back down ties it the my a an out in off through across short loose "
        "some budget hair losses"
    ),
    "LIFENOUN": _words(
        "savings story insurance coach goals work partner experience lessons skills choices"
    ),
}

_EN_GROUPS: dict[str, str] = {
    # A clause that ends, or ends with finality.
    "%END": "{$|anymore|any longer|like this|either|again|ever|another day|tomorrow|"
    "this way|on this earth|in this world|now|today|tonight}",
    # Being gone, as a burden phrase says it.
    "%GONE": "{died|die|disappeared|disappear|vanished|was gone|were gone|was dead|"
    "were dead|was not here|were not here|was not around|were not around|killed myself|"
    "ended it|stopped existing|did not exist|did not wake up|was not alive}",
    # When: a time that makes a phrase a plan; `%NOW` also a clause that ends there.
    "%WHEN": "{tonight|now|today|soon|tomorrow|forever|for good|this weekend|this week|"
    "this month|once and for all}",
    "%NOW": "{$|tonight|now|today|soon|tomorrow|forever|for good|this weekend|this week|"
    "this month|once and for all}",
}

_EN_FAMILIES: dict[str, Family] = {
    "suicide": Family(
        (
            "@SUICIDE",
            "@KILL @SELF",
            "@METHOD @SELF",
            "{take|taking|took|taken|end|ending|ended} my own? life !@LIFENOUN",
            "{end|ending} it all",
            "{painless|easiest|easy|quickest|quick|fastest|best|surest|simplest} "
            "{way|ways|method|methods} to {die|end it|end my life}",
            "self {delete|deleting|deleted|deletion|terminate|termination}",
            "{delete|deleting} @SELF",
            "{throw|throwing|threw} @SELF {off|under|in front of|from|into}",
            "+{called|calling|call|texted|texting|rang|phoned|contacted|dialled|dialed} ..3 "
            "{suicide|crisis} {hotline|helpline|lifeline|line}",
        )
    ),
    "wish to die": Family(
        (
            "@WANT to die",
            "@WANT to {be dead|not be alive|not exist|stop existing|stop living|be gone forever"
            "|disappear forever|disappear permanently|vanish forever|sleep forever"
            "|never wake up|not wake up}",
            "wish i {was|were|could be|had been|would be|would have been} dead",
            "wish i {could|would} die",
            "wish i {was|were|had|would|had been} never {born|been born}",
            "wish i {did not|could not|do not|would not} {exist|wake up}",
            "wish i {could|would} {not|never} wake up",
            "{wish|wishing|pray|praying|prayed|beg|begging|long|longing|hope|hoping} for death",
            "welcome death",
            "{death|dying} {would|will|could} be {a relief|a mercy|easier|better|a blessing}",
            "i {should|must} die",
            "might as well {die|be dead}",
            "{hope|hoping|pray|praying|prayed|wish} that? i die",
            "let me die",
            "rather {die|be dead|not exist|not be alive|be gone}",
            "rather not live %END",
            "+rather die than go on",
            "better off dead",
            "better off {not existing|not alive|not being alive|not being here|gone|not here}",
            "{hope|hoping|wish|wishing|pray|praying} ..3 {hit|hits|kill|kills|run over|runs over} "
            "me !up/with/back",
            "{dying|death|being dead} {sounds|seems|looks|feels} {nice|good|great|peaceful"
            "|better|appealing|tempting|like a relief}",
            "{disappear|vanish} ..2 {never|not} {come|coming} back",
            "{feel|feeling|felt|feels} like dying",
            "{sleep|asleep} ..3 {never|not} wake up",
            "{@WANT to|go to|fall} {sleep|asleep} forever",
            "not being {here|alive|around} %END",
            "way out ..3 {dying|death|die|suicide}",
            "{hope|hoping|wish|pray|praying|want} ..3 {never|not} wake up",
        )
    ),
    "hopelessness": Family(
        (
            "{tired|sick|exhausted} of {being alive|existing|life}",
            "{tired|sick|exhausted} of living !@WHERE",
            "{not|never|no longer} ..3 want to {be alive|exist|keep living|continue living"
            "|go on living|stay alive|be here anymore|wake up again|wake up anymore}",
            "{not|never|no longer} ..3 want to {live|go on|wake up|keep going|continue} %END",
            "{no|any} {point|reason} {in|to|for|} {being alive|be alive|exist|existing"
            "|keep living|go on living}",
            "{no|any} {point|reason} {in|to|for|} {live|living} !@WHERE",
            "not ..3 {point|reason} {in|to|for|of} {being alive|be alive|existing|keep living}",
            "not ..3 {point|reason} {in|to|for|of} {live|living} !@WHERE",
            "can not {do|handle|take} life",
            "{no|any} {point|reason} {in|to} {go on|going on|keep going|carry on|carrying on} %END",
            "{nothing|nobody} left? to live for",
            "{not|no longer} worth living",
            "life is not worth",
            "can not go on %END",
            "can not {go on living|keep living|continue living|live like this|live anymore"
            "|keep on living}",
            "can not keep going {anymore|any longer}",
            "{give|giving|gave|given} up on {life|living}",
            "done {with life|living|with living|with being alive|existing}",
            "why am i ..2 alive",
            "why ..3 bother {living|staying alive|being alive|existing|going on}",
            "why {do|should} i ..2 {exist|keep living|stay alive}",
            "what is the point of {living|being alive|existing|going on}",
            "what is the point of life %END",
            "{want|wish} {it all|everything|it|this life|my life|the pain|all of this} to "
            "{end|stop|be over}",
        )
    ),
    "plan or means": Family(
        (
            "{end|ending} {it|things|everything} %WHEN",
            "i ..4 {end|ending} {it|things|everything} %NOW",
            "{took|take|taking|taken|swallowed|swallow|swallowing|downed|popped|popping} ..2 "
            "{@QUANT|#10} ..3 @MEDS",
            "{stockpiling|stockpiled|stockpile|hoarding|hoarded|hoard|saving|saved|collecting"
            "|collected} ..2 @MEDS",
            "how many @MEDS {it|would|to|does|do|will}",
            "{have|got} ..2 @MEDS {ready|lined up|saved up|stashed}",
            "{overdose|overdosed|overdosing|overdoses}",
            "{bought|buy|buying|got|get|getting|have|has|found|tied|tie|tying|made|make|making"
            "|ordered} ..2 {rope|noose} !light/lights/access/course/swing/ladder/toy/basket",
            "my goodbye {note|notes|letter|letters}",
            "said my {final|last} goodbyes",
            "{jump|jumping|jumped|leap|leaping} {off|from} ..2 @HIGH",
            "@HIGH ..6 {jump|jumping}",
            "{jump|jumping|jumped|step|stepping|stepped|walk|walking|lie|lying} in front of ..1 "
            "@VEHICLE",
            "{walk|walking|walked} into traffic",
            "{slit|slitting|slash|slashing|cut|cutting} my {wrist|wrists|throat}",
            "{razor|blade|razorblade} ..3 my? {wrist|wrists|arm|arms|skin|thigh|thighs}",
            "{crash|crashing|crashed|drive|driving|drove} ..4 on purpose",
            "{drive|driving|drove} ..3 {off|into} ..1 {cliff|bridge|wall|tree|river|traffic|lake}",
            "{blow|blowing} my brains out",
            "bullet {in|through} my {head|brain}",
        )
    ),
    "self-harm": Family(
        (
            "{harm|harming|harmed|harms} @SELF",
            "self {harm|harming|harmed|harms|injury|injure|injuring|injured|mutilation"
            "|mutilate|mutilating}",
            "{cutting|burning|hurting} @SELF",
            "{to|will|might|would|should|urge|urges} {cut|burn|hurt|harm|stab|scratch} @SELF",
            "cut @SELF {again|$}",
            "{hurt|burned|burnt} @SELF again",
            "{hurt|hurting|cut|cutting|burn|burned|burnt|burning|harm|harmed} @SELF ..4 "
            "{on purpose|deliberately|intentionally}",
            "relapsed ..3 {cut|cutting|hurt|hurting|self}",
            "{cutting|slashing|burning} my {arms|arm|thighs|thigh|legs|skin|wrists}",
            "{until|till} i {bleed|bled}",
            "{urge|urges} to {cut|hurt|harm|burn} !@CUTOBJ",
        )
    ),
    "burden": Family(
        (
            "{better|happier|easier} ..2 without me",
            "{nobody|who|anyone} ..3 miss me",
            "{notice|noticed|care|cared|miss|mind|matter|cry} ..2 if i %GONE",
            "if i %GONE ..3 nobody ..3 {care|notice|miss|mind|cry}",
            "{relieved|happier|better|easier} ..2 if i %GONE",
            "i {am|feel|felt} ..3 burden $",
            "i {am|feel|felt} ..3 burden {to|on|for} ..1 @PEOPLE",
            "{being|be|become|became} ..2 burden {to|on|for} ..1 @PEOPLE",
        )
    ),
    "slang": Family(
        (
            "^#/@DISTANCE kms !@AFTERKMS",
            "{unalive|unalives|unaliving|unalived}",
            "sewerslide",
            "commit {sudoku|seppuku|die|toaster}",
            "{to|will|would|going|might|should|just|finally|could} {off|offing} @SELF",
            "{neck|necking|rope|roping|yeet|yeeting} @SELF",
        )
    ),
    "aimed at others": Family(
        (
            "kys",
            "{@KILL|hang|hanging|hanged|shoot|shooting|drown|stab|unalive|end|neck|necking} "
            "@OTHERS",
            "{go|just|should|going|to|please|will|would} {off|neck} @OTHERS",
            "go and? die",
            "{you|he|she|they} {should|must|deserve to|ought to|need to} die",
            "hope {you|he|she|they} die",
            "hope {you|he|she|they} ..5 and die",
            "die in a {fire|hole|ditch}",
            "{go|just|should|please} drop dead",
            "{go|just|should|please} drink bleach",
            "slit your {wrists|wrist|throat}",
            "better off without you",
            "nobody ..3 miss you",
            "{cutting|harming} {himself|herself|themselves|themself}",
        ),
        negatable=False,
    ),
}

_EN_BENIGN = (
    "{career|professional|social|political|financial|commercial|corporate|electoral"
    "|reputational} suicide",
    "suicide {squad|sprint|sprints|run|runs|drill|drills|door|doors|mission|missions|bomber"
    "|bombers|bombing|bombings|attack|attacks|prevention|awareness|hotline|hotlines|helpline"
    "|helplines|lifeline|lifelines|line}",
    "suicide and? crisis {lifeline|line|hotline|centre|center}",
    "{run|running|ran|do|doing|did} suicides",
    "{shoot|shooting|shot} @ANYSELF in the foot",
    "{shoot|shooting|shot} @ANYSELF {a|an} ..1 {reminder|email|mail|note|message|text|dm|line"
    "|invite}",
    "{cut|cutting} @ANYSELF {some|a} ..1 {slack|break}",
    "{cut|cutting} @ANYSELF {off|short|out|loose|free|while|when|on|shaving|chopping|cooking"
    "|slicing|opening|accidentally|by accident}",
    "{hurt|hurting} @ANYSELF {by|at|playing|lifting|running|during|training|falling|tripping"
    "|slipping|skiing|cycling|working}",
    "{@KILL} @ANYSELF laughing",
    "{die|dies|dying|died} {of|from|laughing|happy|trying|inside|old|rich}",
    "{die|dies|dying|died} for {a|an|the|this|that|it|my|your|their|our|some|them|him|her"
    "|his|these|those|any}",
    "to die for $",
    "{die|dies|dying|died} a {little|slow}",
    "{die|dies|dying|died} on ..1 hill",
    "dying to",
    "rather die than !live/living/exist/existing/wake/continue/keep",
    "{bored|scared|terrified|worried|stressed|tickled|freezing|frozen|worked|talked|beaten"
    "|loved} to death",
    "wake up {late|early|to|in|on|before|after|at|with|for|feeling|refreshed|tired}",
    "{jump|skipping|skip} rope",
    "rope access",
    "{the|those|these} ropes",
    "end of my rope",
    "{to|will|would|could|can|should|going} rope in",
    "{roped|roping} in",
    "ropes course",
    "{overdose|overdosed|overdosing} {on|of} !@MEDS",
    "{delete|deleting|deleted|remove|removed|removing} @ANYSELF {from|off|on}",
    "self harm {awareness|prevention|training|policy|charity|research}",
)

_EN_SPELLINGS: dict[str, str] = {
    # chat spellings and contractions typed without an apostrophe
    **dict.fromkeys(("wanna", "wana", "wnna", "wannna", "wan2"), "want to"),
    **dict.fromkeys(("gonna", "gona", "gunna", "gnna", "finna"), "going to"),
    **dict.fromkeys(("ima", "imma", "i'ma"), "i am going to"),
    **dict.fromkeys(("wnat", "wnt", "watn", "wamt", "wan"), "want"),
    "gotta": "got to",
    "tryna": "trying to",
    "im": "i am",
    "ive": "i have",
    "dont": "do not",
    "cant": "can not",
    "cannot": "can not",
    "can't": "can not",
    "won't": "will not",
    "ain't": "am not",
    "aint": "am not",
    "shan't": "shall not",
    "didnt": "did not",
    "doesnt": "does not",
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "wouldnt": "would not",
    "shouldnt": "should not",
    "couldnt": "could not",
    "havent": "have not",
    "hasnt": "has not",
    "youre": "you are",
    "theyre": "they are",
    "theyd": "they would",
    "theyll": "they will",
    "whats": "what is",
    "thats": "that is",
    "theres": "there is",
    "everyones": "everyone is",
    "u": "you",
    "ya": "you",
    "ur": "your",
    "urself": "yourself",
    "yoself": "yourself",
    "urselves": "yourselves",
    "meself": "myself",
    "noone": "nobody",
    "no1": "nobody",
    "every1": "everyone",
    "bout": "about",
    "abt": "about",
    "pls": "please",
    "plz": "please",
    "rly": "really",
    "too": "to",
    "ded": "dead",
    "lyfe": "life",
    "lyf": "life",
    "kil": "kill",
    "kll": "kill",
    "suicde": "suicide",
    "selfharm": "self harm",
    "selfharming": "self harming",
    "2nite": "tonight",
    "tonite": "tonight",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
}

_EN_JOINS = {
    "my self": "myself",
    "your self": "yourself",
    "him self": "himself",
    "her self": "herself",
    "them self": "themself",
    "them selves": "themselves",
    "your selves": "yourselves",
    "no one": "nobody",
    "every one": "everyone",
    "any more": "anymore",
    "un alive": "unalive",
    "sewer slide": "sewerslide",
    "sui cide": "suicide",
    "over dose": "overdose",
    "razor blade": "razorblade",
}

ENGLISH = Phrasebook(
    language="en",
    families=_EN_FAMILIES,
    benign=_EN_BENIGN,
    sets=_EN_SETS,
    groups=_EN_GROUPS,
    spellings=_EN_SPELLINGS,
    contractions={
        "n't": "not",
        "'m": "am",
        "'re": "are",
        "'ve": "have",
        "'ll": "will",
        "'d": "would",
        "'s": "is",
    },
    joins=_EN_JOINS,
    fuzzy=_words(
        "myself yourself yourselves himself herself themselves suicide suicidal suicidally "
        "unalive overdose overdosed sewerslide anymore everyone everybody"
    ),
    transposed=_words("want kill life myself"),
    stretched=_words("kill killing killed die dying dead myself yourself suicide suicidal pills"),
    fillers=_words(
        "just really so fucking fuckin freaking frickin effing honestly literally actually "
        "seriously genuinely truly simply kinda sorta totally completely even ever all fr lol "
        "lmao tbh ngl rn like maybe probably definitely absolutely already still sometimes "
        "often now right also very pretty quite super badly desperately secretly constantly "
        "always please somehow almost nearly gonna lowkey highkey legit"
    ),
    negators=_words("not never no nor neither"),
    bridges=_words(
        "i am is are was were be been being going to will would could should shall might may "
        "want wanted wanting plan planning planned intend intending ever do does did have has "
        "had about thinking think thought thoughts of feeling feel felt trying try that any "
        "currently"
    ),
    synonyms={"to": frozenset({"2"})},
)

# --- Spanish ----------------------------------------------------------------------------
# Accents are folded away ("mátate" is read "matate"); pronouns typed onto a verb are
# split off after it ("matarme" is read "matar me", as Portuguese "matar-me" is).

_ES_SETS: dict[str, frozenset[str]] = {
    "WANT": _words(
        "quiero quiera quisiera queria quise quisiese quieres deseo desearia necesito "
        "prefiero preferiria gustaria encantaria"
    ),
    # First-person verbs before an infinitive: "voy a matarme", "pienso en quitarme la vida".
    "MY": _words(
        "voy quiero quisiera queria pienso pense pensando penzando ganas intente intento "
        "intentar deberia debo podria necesito prefiero decidi planeo planeando voy iba"
    ),
    "MEDS": _words(
        "pastillas pildoras medicamentos medicinas somniferos antidepresivos calmantes "
        "analgesicos paracetamol ibuprofeno clonazepam rivotril"
    ),
    "QUANT": _words("todas todos monton bote caja frasco cajas botes muchas muchos"),
    "HIGH": _words(
        "puente vias tren metro edificio balcon azotea ventana precipicio acantilado techo "
        "terraza camion coche"
    ),
    # Where or how one lives, after "no quiero vivir": not a wish to stop living.
    "WHERE": _words(
        "en con cerca lejos aqui alli alla fuera sola solo solos solas de del a al sin para "
        "bajo junto juntos asi? encerrado encerrada otra otro"
    ),
}
_ES_GROUPS: dict[str, str] = {
    "%END": "{$|mas|nunca mas|asi|de esta manera|de esta forma|hoy|esta noche|ya|manana}",
    "%NOW": "{$|hoy|ya|esta noche|de una vez|para siempre|manana|ahora}",
}
_ES_FAMILIES: dict[str, Family] = {
    "wish to die": Family(
        (
            "@WANT ..2 morir",
            "{ganas|deseos} de morir",
            "@WANT ..2 estar {muerto|muerta|muertos}",
            "{ojala|quisiera|deseo} ..2 {estuviera|estuviese|estar} {muerto|muerta}",
            "{no|nunca} {hubiera|hubiese|haber} nacido",
            "ojala me {muriera|muera|muriese}",
            "{dormir|dormir me} ..3 no despertar",
            "no despertar {nunca|jamas|mas}",
            "ojala no despertar",
            "{nunca|jamas} {despertar|volver a despertar}",
            "desaparecer para siempre",
        )
    ),
    "hopelessness": Family(
        (
            "no ..2 @WANT {seguir|} vivir !@WHERE",
            "no ..2 @WANT seguir viviendo",
            "no ..2 @WANT estar {vivo|viva} !@WHERE",
            "{cansado|cansada|harto|harta|agotado|agotada} de {vivir|la vida|estar vivo"
            "|estar viva}",
            "no {le|} {veo|encuentro|hallo} {sentido|razon} {a|en} {la vida|vivir|seguir viviendo|seguir vivo"
            "|seguir viva}",
            "no tiene sentido {seguir viviendo|vivir|la vida|seguir con vida}",
            "no puedo seguir {viviendo|con vida|vivo|viva}",
            "{la vida|vivir} no vale la pena %END",
            "{razones|razon|motivos|motivo|nada} {para|por que|por lo que} vivir",
        ),
        negatable=False,
    ),
    "suicide": Family(
        (
            "{suicidio|suicidios|suicida|suicidas|suicidar|suicido|suicide|suicidaria|suicidarse}",
            "@MY ..2 matar me",
            "{seria|es} ..1 matar me",
            "me {voy a|quiero|quisiera|queria|dan ganas de|gustaria|tengo que|podria} matar",
            "quitar me la vida",
            "{acabar|terminar} con {mi|mi propia} vida",
            "{acabar|terminar} con todo %NOW",
            "poner fin a mi vida",
        )
    ),
    "plan or means": Family(
        (
            "{tirar|lanzar|arrojar|aventar|tiro|tire|tirare} me? ..4 @HIGH",
            "{saltar|salto|saltare|aventar} ..3 @HIGH",
            "{tome|tomar|tomado|trague|tragar|tragado|tomando} me? ..2 @QUANT ..2 @MEDS",
            "{guardando|juntando|acumulando|guardado|juntado|acumulado} ..2 @MEDS",
            "sobredosis !de",
            "sobredosis de @MEDS",
            "{compre|comprado|tengo|consegui|preparada|preparado} ..2 {soga|cuerda|horca} $",
            "{escribi|escrito|escribiendo|deje|dejare} ..1 carta de despedida !a/al/para/de",
            "cortar ..2 {venas|munecas}",
        )
    ),
    "self-harm": Family(
        (
            "cortar me {$|otra vez|de nuevo|los brazos|las piernas|las munecas|a proposito"
            "|adrede|la piel}",
            "{ganas de|quiero|necesito|volvi a|vuelvo a|voy a} {cortar|lastimar|herir} me",
            "{hacer|haciendo} me dano",
            "me {hago|estoy haciendo|hice} dano {a proposito|adrede|$}",
            "{autolesion|autolesiones|autolesionar|autolesiono|autolesionando|autolesionarme"
            "|autolesionado|autolesionada}",
            "me corte {a proposito|adrede|otra vez|de nuevo}",
        )
    ),
    "burden": Family(
        (
            "mejor para todos si no {estuviera|existiera|estuviese}",
            "si no {estuviera|existiera|estuviese} ..3 mejor",
            "{estarian|estaria|seria|serian|vivirian} ..2 mejor sin mi",
            "nadie me {extranaria|echaria de menos|recordaria|lloraria}",
            "soy {una|un} {carga|estorbo} {$|para}",
            "si {desapareciera|me muriera|me muero|muriera|no estuviera} ..3 {nadie|a nadie} "
            "..2 {importaria|notaria|extranaria|daria cuenta}",
        )
    ),
    "slang": Family(
        (
            "{ir me|marchar me|partir|ir} de este mundo",
            "dejar este mundo",
            "estirar la pata",
        )
    ),
    "aimed at others": Family(
        (
            "{matate|suicidate|muerete|ahorcate}",
            "ojala te {mueras|muera|murieras}",
            "{deberias|deberia|tienes que} {suicidar te|matar te|morir te|morir}",
            "vete a morir",
        ),
        negatable=False,
    ),
}
_ES_BENIGN = (
    "{morir|muero|muere|muriendo|muerto|muerta|muertos|mori|muera} de {risa|verguenza|hambre"
    "|sueno|aburrimiento|ganas|cansancio|calor|frio|nervios|envidia|amor|pena|miedo|sed"
    "|la risa|la verguenza|la pena|los nervios|el miedo}",
    "suicidio {profesional|laboral|social|politico|comercial|economico}",
    "{prevencion|prevenir} {del|de|el} suicidio",
    "mision suicida",
    "{matar|mata} el tiempo",
    "me muero por",
)
ESPANOL = Phrasebook(
    language="es",
    families=_ES_FAMILIES,
    benign=_ES_BENIGN,
    sets=_ES_SETS,
    groups=_ES_GROUPS,
    spellings={
        **dict.fromkeys(("kiero", "qiero", "kero", "qero", "qro"), "quiero"),
        **dict.fromkeys(("q", "k", "ke", "qe"), "que"),
        "suisidarme": "suicidar me",
        "suisidio": "suicidio",
        "xq": "por que",
        "pq": "por que",
        "tb": "tambien",
        "toy": "estoy",
        "mmorir": "morir",
    },
    contractions={},
    joins={"auto lesion": "autolesion", "auto lesiones": "autolesiones"},
    fuzzy=_words("suicidio suicidar suicidas autolesiones morir"),
    transposed=_words("quiero morir"),
    stretched=_words("morir quiero morirme suicidio"),
    fillers=_words(
        "solo ya simplemente realmente literalmente enserio tanto tan mucho muy jaja jajaja xd "
        "neta honestamente sinceramente de verdad la verdad a veces aveces"
    ),
    negators=_words("no nunca jamas ni tampoco"),
    bridges=_words(
        "yo me te lo la voy vamos a quiero queria quisiera pienso pensando en estoy estaba he "
        "tengo ganas de que es nada"
    ),
    enclitics=("me", "te", "se", "nos", "la", "lo", "las", "los", "le"),
)

# --- German -----------------------------------------------------------------------------
# Umlauts are folded away ("möchte" is read "mochte") and "ae", "oe", "ue" typed for them
# are read the same ("moechte"); "ß" is read "ss".

_DE_SETS: dict[str, frozenset[str]] = {
    "WANT": _words(
        "will willst mochte mochten mag wollte wurde wurd wunsche wunschte werde wurde mochts"
    ),
    "MEDS": _words(
        "tabletten pillen medikamente schlaftabletten schmerztabletten antidepressiva "
        "paracetamol ibuprofen"
    ),
    "QUANT": _words("alle ganze ganzen viele packung packungen schachtel schachteln haufen"),
    "HIGH": _words("brucke dach hochhaus balkon fenster turm klippe gebaude"),
    "VEHICLE": _words("zug bahn ubahn sbahn lkw auto laster strassenbahn"),
    "SUICIDE": _words(
        "suizid suizidal suizidale suizidalen suizidgedanken selbstmord selbstmordgedanken "
        "suizidversuch selbstmordversuch suizidgefahrdet freitod suizidieren"
    ),
    "SWALLOW": _words(
        "geschluckt schlucken schlucke genommen nehmen nehme eingenommen eingeworfen einwerfen"
    ),
}
_DE_FAMILIES: dict[str, Family] = {
    "wish to die": Family(
        (
            "@WANT ..3 sterben",
            "@WANT ..3 tot sein",
            "tot zu sein",
            "{ware|war|bin|waer} ..2 lieber tot",
            "{ware|war} ..2 tot $",
            "{ware|war} ..1 {nie|nicht} geboren",
            "{nie|nicht} {mehr|wieder} aufwachen",
            "@WANT ..2 einschlafen ..3 aufwachen",
        )
    ),
    "hopelessness": Family(
        (
            "nicht mehr {leben|weiterleben|existieren|da sein|auf dieser welt sein|am leben sein|hier sein} !in/im/mit/bei/als",
            "keine lust mehr {zu leben|auf das leben|aufs leben|auf leben}",
            "keinen {grund|sinn} mehr {zu leben|im leben|zum leben}",
            "leben hat ..1 keinen sinn mehr",
            "alles keinen sinn mehr",
            "kann nicht mehr leben",
            "{bin|fuhle mich} ..2 lebensmude",
            "{mude|satt} {vom leben|zu leben}",
        ),
        negatable=False,
    ),
    "suicide": Family(
        (
            "@SUICIDE",
            "selbstmord begehen",
            "mich ..2 {umbringen|umzubringen|toten|zu toten|umgebracht}",
            "{bringe|bring} mich ..3 um $",
            "mir ..2 das leben {nehmen|zu nehmen}",
            "{mach|mache|machen} ..2 schluss mit {allem|dem leben|meinem leben|mir}",
            "{allem|meinem leben} ein ende {setzen|machen|bereiten}",
        )
    ),
    "plan or means": Family(
        (
            "{springe|spring|springen|gesprungen} ..3 @HIGH",
            "@HIGH ..2 {springen|springe|zu springen}",
            "mich vor ..1 @VEHICLE {werfen|legen|zu werfen}",
            "{werfe|werf|lege|schmeisse} mich vor ..1 @VEHICLE",
            "@QUANT ..2 @MEDS ..2 @SWALLOW",
            "@SWALLOW ..2 @QUANT ..2 @MEDS",
            "{sammle|sammeln|gesammelt|horte|gehortet|hamstere} ..2 @MEDS",
            "uberdosis !koffein/kaffee/meetings/arbeit/zucker",
            "strick ..2 {gekauft|besorgt|bereit|vorbereitet|geknupft}",
            "{kaufe|besorge|knupfe|geknupft} ..2 strick",
            "abschiedsbrief !an/fur/zum/ans/ans",
            "pulsadern",
            "mich ..1 {aufhangen|erhangen|erschiessen|vergiften|zu erhangen}",
        )
    ),
    "self-harm": Family(
        (
            "mich ..2 {ritzen|geritzt|zu ritzen}",
            "{ritze|ritzte|ritz} mich",
            "{aufgeritzt|aufritzen|aufzuritzen}",
            "{verletze|verletzte|verletzen|verletzt} mich selbst",
            "mich ..3 selbst ..2 {verletzen|verletzt|zu verletzen}",
            "{selbstverletzung|selbstverletzend|selbstverletzendes|svv}",
            "mir ..2 {wehtun|weh tun|weh zu tun|wehzutun}",
        )
    ),
    "burden": Family(
        (
            "{niemand|keiner|keine sau} ..3 mich ..1 vermissen",
            "ohne mich ..2 besser dran",
            "besser ohne mich",
            "{bin|ware} ..3 last {fur|$}",
            "{falle|fall} ..3 zur last",
            "besser wenn ich ..1 {nicht mehr|tot|weg|nie}",
        )
    ),
    "slang": Family(
        (
            "@WANT ..3 {abkratzen|krepieren|verrecken}",
            "den loffel abgeben",
        )
    ),
    "aimed at others": Family(
        (
            "{bring|bringt} dich ..1 um $",
            "{geh|geht} {sterben|sterbt}",
            "{tote|totet} dich",
            "{ritz|erhang|erschiess} dich",
        ),
        negatable=False,
    ),
}
_DE_BENIGN = (
    "{sterbe|sterben|sterb|gestorben|starb} {vor|fast vor} {hunger|langeweile|lachen|nervositat"
    "|hitze|kalte|angst|neugier|gluck|scham|durst}",
    "{beruflicher|beruflichen|politischer|politischen|sozialer|sozialen} {selbstmord|suizid}",
    "{suizid|selbstmord} {pravention|kommando}",
    "lach ..1 mich tot",
    "zu tode {gelangweilt|erschrocken}",
)
DEUTSCH = Phrasebook(
    language="de",
    families=_DE_FAMILIES,
    benign=_DE_BENIGN,
    sets=_DE_SETS,
    groups={},
    spellings={
        "sterbn": "sterben",
        "hab": "habe",
        "wuerd": "wurde",
        "moecht": "mochte",
        "umbring": "umbringen",
        "selbstmordgedanke": "selbstmordgedanken",
        "suizidgedanke": "suizidgedanken",
        "ne": "eine",
        "nen": "einen",
    },
    contractions={},
    joins={"weh tun": "wehtun", "u bahn": "ubahn", "s bahn": "sbahn"},
    fuzzy=_words("sterben suizidal selbstmord selbstmordgedanken suizidgedanken umbringen"),
    transposed=_words("will"),
    stretched=_words("sterben tot will"),
    fillers=_words(
        "einfach nur noch echt wirklich halt eigentlich so total ganz gerne gern manchmal doch "
        "schon jetzt bald heute lieber am liebsten endlich mal ja wohl"
    ),
    negators=_words("nicht nie niemals kein keine keinen nimmer"),
    bridges=_words("ich will mochte werde wurde habe bin mich mir es auch das"),
    digraphs={"ae": "a", "oe": "o", "ue": "u"},
)

# --- French -----------------------------------------------------------------------------
# Accents are folded away; an elided word is read in full ("j'ai" is "je ai", "m'ouvrir"
# is "me ouvrir", "n'" is "ne"), also when typed without its apostrophe ("jai", "jveux").

_FR_SETS: dict[str, frozenset[str]] = {
    "WANT": _words(
        "veux veut voudrais voulais voulu souhaite souhaiterais aimerais prefere preferais "
        "prefererais prefererai"
    ),
    # First-person verbs before "me tuer": not "mon chef va me tuer".
    "MY": _words("vais veux voudrais envie pense penser dois devrais vas compte essaye essayer"),
    "MEDS": _words(
        "pilules medicaments cachets comprimes medocs somniferes antidepresseurs doliprane "
        "anxiolytiques"
    ),
    "QUANT": _words("toutes tous tout boite boites plaquette plaquettes tas paquet"),
    "HIGH": _words("pont toit immeuble balcon fenetre falaise viaduc tour"),
    "VEHICLE": _words("train metro rer tram voiture camion bus"),
    # Where or how one lives, after "je veux plus vivre": not a wish to stop living.
    "WHERE": _words(
        "chez a au en avec dans loin pres ici la sans seul seule seuls ensemble sous de du"
    ),
}
_FR_GROUPS: dict[str, str] = {
    "%END": "{$|comme ca|comme cela|ainsi|de cette facon}",
}
_FR_FAMILIES: dict[str, Family] = {
    "wish to die": Family(
        (
            "@WANT ..2 mourir",
            "envie de mourir",
            "@WANT ..2 etre {mort|morte|morts}",
            "ne? {jamais|pas} {naitre|ete ne|ete nee}",
            "ne? {jamais|plus} me reveiller",
            "ne pas me reveiller $",
            "disparaitre {pour toujours|pour de bon|a jamais}",
            "en finir {$|avec la vie|avec ma vie|avec tout|avec moi}",
        )
    ),
    "hopelessness": Family(
        (
            "ne ..2 {veux|voudrais|veut} {plus|pas} vivre %END",
            "{veux|voudrais} plus vivre !@WHERE",
            "ne ..2 plus envie de vivre",
            "plus envie de vivre",
            "{fatigue|fatiguee|marre|lasse|las|epuise|epuisee} de {vivre|la vie}",
            "{vie|vivre} ne vaut {pas|plus} la peine",
            "{aucune|plus de|pas de|aucun|plus aucune} {raison|raisons} de vivre",
            "a quoi bon vivre",
            "ne ..1 peux plus vivre",
            "en peux plus de vivre",
        ),
        negatable=False,
    ),
    "suicide": Family(
        (
            "{suicide|suicider|suicidaire|suicidaires|suicidais|suicidee}",
            "@MY ..2 me tuer",
            "mettre fin a {mes jours|ma vie}",
            "me ..1 {oter|ote|enlever} la vie",
            "tentative de suicide",
        )
    ),
    "plan or means": Family(
        (
            "sauter ..3 @HIGH",
            "me jeter ..3 {@HIGH|@VEHICLE}",
            "{avale|avaler|pris|prendre} ..2 @QUANT ..2 @MEDS",
            "{garde|garder|stocke|stocker|accumule|accumuler|amasse} ..2 @MEDS",
            "overdose !de",
            "{achete|acheter|trouve|prepare} ..2 corde $",
            "lettre de adieu",
            "me pendre",
            "{ouvrir|ouvert|couper|trancher} les veines",
        )
    ),
    "self-harm": Family(
        (
            "{scarifier|scarifie|scarifiee|scarifications|scarification|scarifiais}",
            "me {mutiler|mutile|mutilee}",
            "{automutiler|automutile|automutilee|automutilation|automutilations}",
            "me {faire|fais|fait|suis fait|suis faite} du mal",
            "me {couper|coupe} {expres|volontairement|les bras|les poignets}",
            "me {bruler|brule} expres",
        )
    ),
    "burden": Family(
        (
            "personne ne me {regretterait|manquerait|pleurerait|regrettera}",
            "je manquerais a personne",
            "personne ne {remarquerait|verrait} ..3 si je",
            "{serait|seraient|serais} ..3 {mieux|heureux|heureuse|heureuses} sans moi",
            "mieux ..4 si je ne {etais|serais} plus la",
            "{suis|etre} un fardeau",
        )
    ),
    "slang": Family(
        (
            "me foutre en le air",
            "{envie de|veux|vais|voudrais} crever",
            "me faire sauter le caisson",
        )
    ),
    "aimed at others": Family(
        (
            "{va|vas|allez} te tuer",
            "{suicide|tue|pends} toi",
            "^je/suis/tu/il/elle/on/me/te/se/en/ca creve !de/du/des/la/le/a/au/sur/en/comme",
        ),
        negatable=False,
    ),
}
_FR_BENIGN = (
    "{mourir|meurs|meurt|mort|morte|morts|mourrais|mourir} de {rire|faim|soif|honte|peur"
    "|fatigue|chaud|froid|envie|trouille|ennui|impatience}",
    "{meurs|meurt} de",
    "mort de",
    "suicide {professionnel|politique|commercial|social|economique|financier}",
    "{prevention|prevenir} {du|le} suicide",
    "me tue {a|au}",
    "{tuer|tue} le temps",
)
FRANCAIS = Phrasebook(
    language="fr",
    families=_FR_FAMILIES,
    benign=_FR_BENIGN,
    sets=_FR_SETS,
    groups=_FR_GROUPS,
    spellings={
        "jai": "je ai",
        "jveux": "je veux",
        "jvais": "je vais",
        "jsuis": "je suis",
        **dict.fromkeys(("chui", "chuis", "jsui"), "je suis"),
        "jpeux": "je peux",
        "jen": "je en",
        "mourrir": "mourir",
        "veu": "veux",
        "ve": "veux",
        "tkt": "ne te inquiete pas",
        "mtn": "maintenant",
    },
    contractions={},
    joins={"auto mutilation": "automutilation"},
    fuzzy=_words("mourir suicider suicidaire scarifier automutilation"),
    transposed=_words("veux"),
    stretched=_words("mourir veux crever"),
    fillers=_words(
        "juste vraiment tellement trop grave carrement simplement franchement mdr lol genre "
        "presque meme encore souvent parfois deja limite serieux"
    ),
    negators=_words("ne pas jamais non"),
    bridges=_words("je ai suis vais veux voudrais envie de me plus du tout"),
    elisions={
        "j'": "je",
        "m'": "me",
        "t'": "te",
        "n'": "ne",
        "l'": "le",
        "qu'": "que",
        "s'": "se",
        "d'": "de",
        "c'": "ce",
    },
)

# --- Brazilian Portuguese ---------------------------------------------------------------
# Accents and tildes are folded away ("não" is read "nao"); a pronoun after a hyphen is
# its own word ("matar-me"), and one typed onto a verb is split off ("matarme").

_PT_SETS: dict[str, frozenset[str]] = {
    "WANT": _words("quero queria queira desejo gostaria preferia prefiro quis"),
    # First-person verbs before "me matar": not "meu chefe vai me matar".
    "MY": _words(
        "vou quero queria penso pensando pensei vontade tentei tentar tento devia deveria "
        "preciso decidi planejo planejando consigo posso"
    ),
    "MEDS": _words(
        "remedios remedio comprimidos pilulas medicamentos calmantes antidepressivos "
        "rivotril dipirona paracetamol"
    ),
    "QUANT": _words("todos todas caixa cartela cartelas vidro monte frasco muitos muitas"),
    "HIGH": _words("ponte predio viaduto janela sacada telhado penhasco"),
    "VEHICLE": _words("trem metro onibus carro caminhao"),
    "WHERE": _words(
        "em no na nos nas com perto longe aqui ali la fora sozinha sozinho de do da sem para "
        "pra junto juntos numa num"
    ),
}
_PT_GROUPS: dict[str, str] = {
    "%NOW": "{$|hoje|agora|de vez|esta noite|hoje a noite|amanha|de uma vez}",
}
_PT_FAMILIES: dict[str, Family] = {
    "wish to die": Family(
        (
            "@WANT ..2 morrer",
            "vontade de morrer",
            "pensando em ..1 morrer",
            "@WANT ..1 estar {morto|morta}",
            "melhor eu estar {morto|morta}",
            "{nunca|nao} ter nascido",
            "{nunca mais|nao} acordar {mais|$}",
            "nunca mais acordar",
            "{sumir|desaparecer} {para|pra} sempre",
            "prefiro morrer",
        )
    ),
    "hopelessness": Family(
        (
            "nao ..2 @WANT {mais|} {viver|continuar vivendo|continuar vivo|continuar viva"
            "|estar vivo|estar viva} !@WHERE",
            "{cansei|cansado|cansada|farto|farta|exausto|exausta} {de viver|da vida}",
            "nao vejo ..1 {sentido|motivo|razao} {em|na|pra|para} {viver|vida|continuar vivendo"
            "|continuar vivo|continuar viva}",
            "vida nao vale a pena $",
            "nao aguento mais viver",
            "{motivo|motivos|razao|razoes} {pra|para} viver",
        ),
        negatable=False,
    ),
    "suicide": Family(
        (
            "{suicidio|suicidar|suicida|suicidas|suicidei|suicidaria}",
            "@MY ..2 me matar",
            "^vai/va/vao/ele/ela matar me",
            "tirar ..1 {minha|a minha} ..1 vida",
            "acabar com {a|} minha {propria|} vida",
            "acabar com a vida",
            "acabar com tudo %NOW",
            "dar fim {a|em} ..1 minha vida",
        )
    ),
    "plan or means": Family(
        (
            "pular ..3 @HIGH",
            "me jogar ..3 {@HIGH|@VEHICLE}",
            "{tomei|tomar|tomou|engoli|engolir|tomando} ..2 @QUANT ..3 @MEDS",
            "{juntando|guardando|acumulando|estocando|juntei|guardei} ..2 @MEDS",
            "overdose !de",
            "{comprei|compre|tenho|arrumei|comprar} ..2 corda $",
            "{escrevi|escrevendo|deixei|deixar} ..1 carta de despedida !para/pra/pro/ao/aos",
            "cortar ..1 pulsos",
        )
    ),
    "self-harm": Family(
        (
            "@MY ..2 me {cortar|machucar|ferir|mutilar|queimar}",
            "me {cortar|cortei} {de novo|outra vez|de proposito|$}",
            "me {automutilando|automutilar|automutilei|mutilando|mutilei}",
            "{automutilacao|automutilando|automutilar|automutilei}",
            "voltei a me {cortar|mutilar|machucar}",
            "me {corto|mutilo} !o/a/os/as/com/no/na/de",
        )
    ),
    "burden": Family(
        (
            "ninguem {sentiria|sentira|vai sentir|ia sentir|vai|ia} ..1 {a|} minha falta",
            "{melhor|melhores} sem mim",
            "sou {um|uma} {peso|fardo|estorvo} {$|pra|para}",
            "se eu {sumisse|morresse|nao estivesse|nao existisse|fosse embora} ..3 ninguem",
            "melhor ..4 se eu nao {estivesse|existisse}",
        )
    ),
    "slang": Family(
        (
            "partir dessa {pra|para} melhor",
            "bater as botas",
            "me {enforcar|matar} kkk",
        )
    ),
    "aimed at others": Family(
        (
            "se mata $",
            "vai se matar",
            "tomara que voce morra",
            "{se|te} {enforca|suicida} $",
        ),
        negatable=False,
    ),
}
_PT_BENIGN = (
    "{morrer|morrendo|morto|morta|mortos|morri|morreu|morro} de {rir|vontade|fome|sede|sono"
    "|cansaco|medo|vergonha|calor|frio|tedio|saudade|saudades|raiva|inveja|ansiedade|curiosidade}",
    "suicidio {profissional|politico|social|comercial|financeiro}",
    "{prevencao|prevenir} {ao|do|de|o} suicidio",
    "{matar|matei|mata} {o tempo|aula|aulas|a saudade|dois coelhos}",
    "me mata $",
    "matar de {estudar|trabalhar|rir|correr|treinar|tanto|ler|fazer}",
)
PORTUGUES = Phrasebook(
    language="pt-BR",
    families=_PT_FAMILIES,
    benign=_PT_BENIGN,
    sets=_PT_SETS,
    groups=_PT_GROUPS,
    spellings={
        **dict.fromkeys(("qro", "qero", "kero", "quer0"), "quero"),
        **dict.fromkeys(("to", "tou", "t0"), "estou"),
        **dict.fromkeys(("vc", "ce"), "voce"),
        **dict.fromkeys(("pq", "porq"), "porque"),
        **dict.fromkeys(("n", "naum", "nn"), "nao"),
        "ngm": "ninguem",
        "mt": "muito",
        "mto": "muito",
        "hj": "hoje",
        "tb": "tambem",
        "tbm": "tambem",
        "vo": "vou",
        "morer": "morrer",
    },
    contractions={},
    joins={"auto mutilacao": "automutilacao"},
    fuzzy=_words("morrer suicidio suicidar automutilacao ninguem"),
    transposed=_words("quero"),
    stretched=_words("morrer quero matar"),
    fillers=_words(
        "so muito tipo mesmo real realmente simplesmente literalmente serio kkk kkkk kkkkk ja "
        "ainda sinceramente demais logo"
    ),
    negators=_words("nao nunca jamais nem"),
    bridges=_words(
        "eu me te vou quero queria estou estava tenho vontade de em penso pensando ja mais"
    ),
    enclitics=("me", "te", "se", "nos", "la", "lo"),
)

# Every language the safety net reads; checked together, whatever a member's setting.
PHRASEBOOKS: dict[str, Phrasebook] = {
    "en": ENGLISH,
    "es": ESPANOL,
    "de": DEUTSCH,
    "fr": FRANCAIS,
    "pt-BR": PORTUGUES,
}


# --- compiling a phrasebook into tries ---------------------------------------------------

_PART = re.compile(r"\{[^{}]*\}|[^\s{}]+")
_MAX_FILLERS = 3
_MAX_SPELLED = 14  # longest word spelled out in single letters ("s u i c i d e")

Slot = tuple[str, frozenset[str] | int | None]


@dataclass(frozen=True)
class _Rule:
    family: str
    negatable: bool
    behind: frozenset[str]
    through: bool
    pattern: str


class _Node:
    """A trie node: edges by next word, gap, clause end, lookahead and number."""

    __slots__ = ("end", "gaps", "live", "nots", "nums", "rules", "words")

    def __init__(self) -> None:
        self.words: dict[str, _Node] = {}
        self.gaps: dict[int, _Node] = {}
        self.end: _Node | None = None
        self.nots: dict[frozenset[str], _Node] = {}
        self.nums: dict[int, _Node] = {}
        self.rules: list[_Rule] = []
        self.live = False  # whether any edge leads on from here

    def step(self, slot: Slot) -> list[_Node]:
        """The children a slot leads to from here, created as needed."""
        kind, arg = slot
        self.live = True
        if kind == "word":
            assert isinstance(arg, frozenset)
            return [self.words.setdefault(w, _Node()) for w in sorted(arg)]
        if kind == "gap":
            assert isinstance(arg, int)
            return [self.gaps.setdefault(arg, _Node())]
        if kind == "num":
            assert isinstance(arg, int)
            return [self.nums.setdefault(arg, _Node())]
        if kind == "not":
            assert isinstance(arg, frozenset)
            return [self.nots.setdefault(arg, _Node())]
        if self.end is None:
            self.end = _Node()
        return [self.end]


# Where a walk through a trie stands: node, next token, fillers just skipped, and
# whether a gap passed over a negation.
_State = tuple[_Node, int, int, bool]


@dataclass(frozen=True)
class CrisisMatch:
    """Why a text counts as crisis language: the language, family and phrase matched."""

    language: str
    family: str
    phrase: str


class _Compiled:
    """A phrasebook ready to read text: its vocabulary, spelling tables and two tries
    (set-aside expressions, crisis phrases)."""

    def __init__(self, book: Phrasebook) -> None:
        self.book = book
        self.vocab: set[str] = set()
        self.benign = _Node()
        self.crisis = _Node()
        for text in book.benign:
            self._add(self.benign, text, "set aside", negatable=False)
        for name, fam in book.families.items():
            for text in fam.patterns:
                self._add(self.crisis, text, name, negatable=fam.negatable)
        self.spellings = {k: tuple(v.split()) for k, v in book.spellings.items()}
        self.joins = {tuple(k.split()): v for k, v in book.joins.items()}
        self.join_firsts = {first for first, _ in self.joins}
        for words in (*self.spellings.values(), *self.joins):
            self.vocab.update(words)
        self.vocab.update(book.joins.values(), book.fillers, book.negators, book.bridges)
        self.squeezed = _squeezed_index(book.stretched)
        self.fuzzy = _fuzzy_index(book.fuzzy)
        self.transposed = _transposed_index(book.transposed, self.vocab)
        self.prefixes = {
            w[:i] for w in (*self.vocab, *self.spellings) for i in range(1, len(w) + 1)
        }
        self.cache: dict[str, tuple[str, ...]] = {}
        self.foreign: frozenset[str] = frozenset()  # the other phrasebooks' words

    # compiling

    def _add(self, root: _Node, text: str, family: str, *, negatable: bool) -> None:
        source, through = text, text.startswith("+")
        for name in sorted(self.book.groups, key=len, reverse=True):
            text = text.replace(name, self.book.groups[name])
        behind: frozenset[str] = frozenset()
        if text.lstrip("+").startswith("^"):
            first, _, text = text.lstrip("+").partition(" ")
            behind = self._word_set(first[1:])
        rule = _Rule(family, negatable, behind, through, source)
        for seq in self._expand(text.lstrip("+")):
            if not seq or seq[0][0] != "word":
                raise ValueError(f"{self.book.language}: start with a word: {source!r}")
            frontier = [root]
            for slot in seq:
                frontier = list({id(n): n for f in frontier for n in f.step(slot)}.values())
            for node in frontier:
                node.rules.append(rule)

    def _expand(self, text: str) -> list[tuple[Slot, ...]]:
        depth = 0
        for c in text:
            depth += (c == "{") - (c == "}")
            if depth not in (0, 1):
                raise ValueError(f"{self.book.language}: groups do not nest: {text!r}")
        seqs: list[tuple[Slot, ...]] = [()]
        for part in _PART.findall(text):
            if part.startswith("{"):
                options = [s for alt in part[1:-1].split("|") for s in self._expand(alt)]
            elif len(part) > 1 and part.endswith("?"):
                options = [(self._slot(part[:-1]),), ()]
            else:
                options = [(self._slot(part),)]
            seqs = [s + o for s in seqs for o in options]
        return seqs

    def _slot(self, part: str) -> Slot:
        if part.startswith(".."):
            return ("gap", int(part[2:]))
        if part == "$":
            return ("end", None)
        if part.startswith("!"):
            return ("not", self._word_set(part[1:]))
        if part.startswith("#"):
            return ("num", int(part[1:]))
        return ("word", self._word_set(part))

    def _word_set(self, spec: str) -> frozenset[str]:
        out: set[str] = set()
        for item in spec.split("/"):
            words = self.book.sets[item[1:]] if item.startswith("@") else frozenset((item,))
            for w in words:
                if w in self.book.spellings or "'" in w:
                    raise ValueError(f"{self.book.language}: {w!r} is not spelled as normalised")
                out.add(w)
                out.update(self.book.synonyms.get(w, ()))
        self.vocab.update(out)
        return frozenset(out)

    # normalising

    def tokens(self, raw: list[str]) -> list[str]:
        """Raw words and breaks as this language reads them: single letters joined,
        each word spelled out, split words joined."""
        out: list[str] = []
        joins, firsts, cache = self.joins, self.join_firsts, self.cache
        for word in self._spell_letters(raw):
            spelled = (word,) if word in _BREAKS else cache.get(word) or self.canon(word)
            for tok in spelled:
                if out and out[-1] in firsts and (out[-1], tok) in joins:
                    out[-1] = joins[(out[-1], tok)]
                else:
                    out.append(tok)
        return out

    def _spell_letters(self, raw: list[str]) -> list[str]:
        """Runs of single letters ("k y s", "s u i c i d e") joined where they spell a
        word of this phrasebook; every other word unchanged."""
        out: list[str] = []
        i, n = 0, len(raw)
        while i < n:
            if len(raw[i]) != 1 or raw[i] in _BREAKS:
                out.append(raw[i])
                i += 1
                continue
            j = i + 1
            while j < n and len(raw[j]) == 1 and raw[j] not in _BREAKS:
                j += 1
            k = i if j - i >= 3 else j
            out += raw[i:k]
            while k < j:
                size = self._spelled(raw, k, j)
                out.append("".join(raw[k : k + size]))
                k += size
            i = j
        return out

    def _spelled(self, letters: list[str], start: int, stop: int) -> int:
        """How many single letters from `start` spell a listed word (at least 2, read
        as typed or as leetspeak), or 1 when none do."""
        best, ones = 1, False
        for leet in (_LEET_AS_I, _LEET_AS_L):
            word = ""
            for k in range(start, min(stop, start + _MAX_SPELLED)):
                ones = ones or letters[k] == "1"
                word += leet.get(letters[k], letters[k])
                if word not in self.prefixes:
                    break
                if k > start and (word in self.vocab or word in self.spellings):
                    best = max(best, k - start + 1)
            if not ones:
                break
        return best

    def canon(self, word: str) -> tuple[str, ...]:
        """The phrasebook's spelling of one raw word (several words for a contraction)."""
        found = self.cache.get(word)
        if found is None:
            found = self._canon(word)
            if len(self.cache) > 50_000:
                self.cache.clear()
            self.cache[word] = found
        return found

    def _canon(self, word: str) -> tuple[str, ...]:
        word = _unlookalike(word)
        for form in (word, *_leet_variants(word)):
            found = self._known(form)
            if found is not None:
                return found
        plain = word.replace("'", "")
        return (plain,) if plain else ()

    def _known(self, word: str) -> tuple[str, ...] | None:
        """Exact, contracted, stretched ("diiie"), or one typo from a listed word."""
        # A run of three or more letters is never a spelling; a double one may be.
        stretched = _squeeze(word, 2)
        forms = (word,) if stretched == word else (word, stretched, _squeeze(word, 1))
        for form in forms:
            if form in self.spellings:
                return self.spellings[form]
            if form in self.vocab:
                return (form,)
            for suffix, expansion in self.book.contractions.items():
                if form.endswith(suffix) and len(form) > len(suffix):
                    return (*self.canon(form[: -len(suffix)]), *expansion.split())
            for prefix, expansion in self.book.elisions.items():
                if form.startswith(prefix) and len(form) > len(prefix):
                    return (*expansion.split(), *self.canon(form[len(prefix) :]))
            found = self._respelled(form)
            if found is not None:
                return found
        if "'" in word:
            return self._known(word.replace("'", ""))
        squeezed = self.squeezed.get(_squeeze(word, 1))
        if squeezed is not None:
            return (squeezed,)
        # A word another phrasebook lists is that language's word, not a typo of one of
        # these ("suicidar" is Spanish, not "suicidal" mistyped).
        return None if word in self.foreign else self._typo(word)

    def _respelled(self, word: str) -> tuple[str, ...] | None:
        """A listed word typed with a pronoun attached ("matarme") or with "ae", "oe", "ue"
        for an umlaut ("moechte"), read as the words meant."""
        book = self.book
        if book.digraphs:
            plain = word
            for pair, letter in book.digraphs.items():
                plain = plain.replace(pair, letter)
            if plain != word and plain in self.vocab:
                return (plain,)
        for clitic in book.enclitics:
            stem = word[: -len(clitic)]
            if word.endswith(clitic) and len(stem) > 2 and stem in self.vocab:
                return (stem, clitic)
        return None

    def _typo(self, word: str) -> tuple[str, ...] | None:
        if 3 <= len(word) <= 8 and word in self.transposed:
            return (self.transposed[word],)
        if not 5 <= len(word) <= 16:
            return None
        for form in (word, *(word[:i] + word[i + 1 :] for i in range(len(word)))):
            if form in self.fuzzy:
                return (self.fuzzy[form],)
        return None

    # matching

    def find(self, toks: list[str], benign_tries: list[_Node]) -> CrisisMatch | None:
        """The first crisis phrase in `toks` that no exclusion or negation takes back.

        `benign_tries`: the set-aside expressions of every language, since a crisis word
        may be shared ("suicide" in French, "overdose" in Portuguese) and then the
        expression that sets it aside is in the other language ("suicide professionnel")."""
        masked = [False] * len(toks)
        crisis = self.crisis.words
        for benign in (b.words for b in benign_tries):
            for start, tok in enumerate(toks):
                if tok in benign:
                    for _rule, end, _negation in self._walk(benign[tok], toks, start + 1):
                        masked[start:end] = [True] * (end - start)
        for start, tok in enumerate(toks):
            if tok in crisis:
                for rule, end, negation in self._walk(crisis[tok], toks, start + 1):
                    if self._accepted(rule, toks, masked, start, end, negation):
                        phrase = " ".join(t for t in toks[start:end] if t not in _BREAKS)
                        return CrisisMatch(self.book.language, rule.family, phrase)
        return None

    def _walk(self, first: _Node, toks: list[str], pos: int) -> list[tuple[_Rule, int, bool]]:
        """Every phrase on from `first` (its first word just read, `pos` the next token):
        its rule, where it ends, and whether a gap in it passed over a negation ("I'm
        not going to end it"). Each step reads a word, a number, a skipped filler, a
        clause end, a lookahead or a gap; the trie bounds the steps from any start."""
        found: list[tuple[_Rule, int, bool]] = []
        states: list[_State] = [(first, pos, 0, False)]
        n, fillers = len(toks), self.book.fillers
        while states:
            node, pos, skips, neg = states.pop()
            if node.rules:
                found += [(rule, pos, neg) for rule in node.rules]
            if not node.live:
                continue
            tok = toks[pos] if pos < n else _HARD
            if tok == _HARD or tok == _SOFT:
                if node.end is not None:
                    states.append((node.end, pos, skips, neg))
                if tok == _SOFT and skips < _MAX_FILLERS:
                    states.append((node, pos + 1, skips + 1, neg))
                states += [(child, pos, skips, neg) for child in node.nots.values()]
            else:
                child = node.words.get(tok)
                if child is not None:
                    states.append((child, pos + 1, 0, neg))
                if skips < _MAX_FILLERS and tok in fillers:
                    states.append((node, pos + 1, skips + 1, neg))
                if node.nums and tok.isdecimal():
                    states += [
                        (c, pos + 1, 0, neg) for m, c in node.nums.items() if _at_least(tok, m)
                    ]
                if node.nots:
                    states += [(c, pos, skips, neg) for ws, c in node.nots.items() if tok not in ws]
            if node.gaps:
                self._gaps(node, toks, pos, neg, states)
        return found

    def _gaps(
        self, node: _Node, toks: list[str], pos: int, neg: bool, states: list[_State]
    ) -> None:
        """States after each gap from `node`: up to its width of words, never across a
        clause break; a negation passed over is remembered. A gap already spans any
        fillers, so none are skipped right after it."""
        for width, child in node.gaps.items():
            p, passed = pos, neg
            for _ in range(width + 1):
                states.append((child, p, _MAX_FILLERS, passed))
                if p >= len(toks) or toks[p] in _BREAKS:
                    break
                passed = passed or toks[p] in self.book.negators
                p += 1

    def _accepted(
        self, rule: _Rule, toks: list[str], masked: list[bool], start: int, end: int, neg: bool
    ) -> bool:
        if not rule.through and any(masked[start:end]):
            return False
        if rule.behind and start > 0:
            before = toks[start - 1]
            if before in rule.behind or ("#" in rule.behind and before.isdecimal()):
                return False
        return not (rule.negatable and (neg or self._negated(toks, start)))

    def _negated(self, toks: list[str], start: int) -> bool:
        """Whether a negation stands just before `start`, with only bridging words
        ("I'm not going to ...", "I don't really want ...") between."""
        book = self.book
        for i in range(start - 1, max(start - 6, -1), -1):
            if toks[i] in book.negators:
                return True
            if toks[i] not in book.bridges and toks[i] not in book.fillers:
                return False
        return False


def _at_least(tok: str, n: int) -> bool:
    return tok.isdecimal() and (len(tok) > 6 or int(tok) >= n)


def _squeezed_index(words: frozenset[str]) -> dict[str, str]:
    """Each word with its doubled letters single ("kil" for "kill"), so a doubled letter
    typed or missed ("kiil", "kil") still finds it; a form two words share is dropped."""
    index: dict[str, set[str]] = {}
    for w in words:
        index.setdefault(_squeeze(w, 1), set()).add(w)
    return {k: next(iter(v)) for k, v in index.items() if len(v) == 1}


def _fuzzy_index(words: frozenset[str]) -> dict[str, str]:
    """Each word and every one-letter deletion of it, for words no other listed word is
    one edit from: a lookup by the typed word and its own deletions finds any single
    insertion, deletion, substitution or neighbour swap."""
    index: dict[str, set[str]] = {}
    for w in words:
        for form in (w, *(w[:i] + w[i + 1 :] for i in range(len(w)))):
            index.setdefault(form, set()).add(w)
    return {k: next(iter(v)) for k, v in index.items() if len(v) == 1}


def _transposed_index(words: frozenset[str], vocab: set[str]) -> dict[str, str]:
    """Short words typed with two neighbouring letters swapped ("wnat"), unless the swap
    spells another listed word."""
    out: dict[str, str] = {}
    for w in words:
        for i in range(len(w) - 1):
            swapped = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
            if swapped != w and swapped not in vocab:
                out[swapped] = w
    return out


@dataclass(frozen=True)
class _Books:
    """Every phrasebook compiled, and the set-aside tries of all of them."""

    compiled: dict[str, _Compiled]
    benign_tries: list[_Node]


# Compiled on first use, not at import: importing the module costs nothing, and the
# mutation tests see the compiler run inside the tests that read text (tests/conftest.py).
_BOOKS: _Books | None = None


def _books() -> _Books:
    """The compiled phrasebooks, compiled the first time they are needed."""
    global _BOOKS
    if _BOOKS is None:
        _BOOKS = _compile_books()
    return _BOOKS


def _compile_books() -> _Books:
    compiled = {lang: _Compiled(book) for lang, book in PHRASEBOOKS.items()}
    every_word = frozenset().union(*(book.vocab for book in compiled.values()))
    for book in compiled.values():
        book.foreign = every_word - book.vocab
    return _Books(compiled, [book.benign for book in compiled.values()])


def _forget_compiled() -> None:
    """Drop the compiled phrasebooks, so the next text compiles them afresh (for tests)."""
    global _BOOKS
    _BOOKS = None


def _likeliest(found: list[tuple[CrisisMatch, int]]) -> CrisisMatch:
    """Of the matches several phrasebooks found, the one from the phrasebook that knows
    most of the text's words: the language it is written in, as far as one can tell."""
    return max(found, key=lambda pair: pair[1])[0]


def crisis_match(text: str | None) -> CrisisMatch | None:
    """Why `text` counts as crisis language (see the module docstring), or None."""
    if not text:
        return None
    # An invisible character can hide inside a word ("ki\u00adll myself") or stand where a
    # space was ("kill\u200bmyself"), or both at once: any reading that matches counts.
    readings = ("", " ", "blanks") if _INVISIBLE.search(text) else ("",)
    books = _books()
    for reading in readings:
        raw = _raw_tokens(_fold(text, reading))
        found: list[tuple[CrisisMatch, int]] = []
        for book in books.compiled.values():
            toks = book.tokens(raw)
            match = book.find(toks, books.benign_tries)
            if match is not None:
                found.append((match, sum(tok in book.vocab for tok in toks)))
        if found:
            return _likeliest(found)
    return None


def contains_crisis_language(text: str | None) -> bool:
    """Whether `text` speaks of suicide or self-harm, or wishes it on someone."""
    return crisis_match(text) is not None


class CrisisOutcome(StrEnum):
    """What became of a command whose free text spoke of suicide or self-harm."""

    PRIVATE = "private"  # it went ahead without that text, and nothing was shared
    STOPPED = "stopped"  # it could not go ahead without that text: nothing was saved
    REJECTED = "rejected"  # it was refused for another reason (the next message says why)
