# SPDX-FileCopyrightText: 2026 The Seance developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Inflection helpers for the Korean and Japanese lexicon generator (generate-cjk-lexicons.py).

Korean: Hangul syllables are composed as 0xAC00 + (lead * 21 + vowel) * 28 + tail, so endings that merge
into the stem's last syllable (ㄴ, ㄹ, ㅁ, ㅂ, ㅆ) are added by arithmetic. Japanese: the godan and ichidan
verb rows and the i-adjective endings.
"""

BASE = 0xAC00
# vowel indices
A, AE, YA, EO, E, YEO, O, WA, WAE, OE, YO, U, WO, WE, WI, YU, EU, UI, I = 0, 1, 2, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20
# tail indices
T_NONE, T_N, T_L, T_M, T_B, T_SS = 0, 4, 8, 16, 17, 20


def split(ch):
    code = ord(ch) - BASE
    return code // 588, (code % 588) // 28, code % 28


def join(lead, vowel, tail=0):
    return chr(BASE + (lead * 21 + vowel) * 28 + tail)


def is_hangul(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


def with_tail(stem, tail):
    lead, vowel, old = split(stem[-1])
    return stem[:-1] + join(lead, vowel, tail)


def bright(vowel):
    return vowel in (A, O, YA, WA)


# Stems ending in ㅂ that keep it (잡아, 좁아); every other ㅂ stem in the lists is irregular (고마워).
REGULAR_B = {"좁", "잡", "씹", "입", "뽑", "업", "굽"}


def ko_infinitive(stem):
    """The -아/-어 form: 좋 → 좋아, 하 → 해, 기쁘 → 기뻐, 아름답 → 아름다워, 다르 → 달라."""
    last = stem[-1]
    lead, vowel, tail = split(last)
    if stem.endswith("하"):
        return stem[:-1] + "해"
    if tail == T_B and stem[-1:] not in REGULAR_B:
        body = stem[:-1] + join(lead, vowel)
        return body + ("와" if stem[-1] in ("돕", "곱") else "워")
    if tail != T_NONE:
        return stem + ("아" if bright(vowel) else "어")
    if last == "르" and len(stem) >= 2:
        plead, pvowel, _ = split(stem[-2])
        return stem[:-2] + join(plead, pvowel, T_L) + ("라" if bright(pvowel) else "러")
    if vowel == EU:
        previous = split(stem[-2])[1] if len(stem) >= 2 else EO
        return stem[:-1] + join(lead, A if bright(previous) else EO)
    merged = {A: A, EO: EO, AE: AE, E: E, O: WA, U: WO, I: YEO, OE: WAE, YEO: YEO}
    if vowel in merged:
        return stem[:-1] + join(lead, merged[vowel])
    return stem + "어"


def ko_modifier_stem(stem):
    """The stem that takes -은/-ㄴ, -음/-ㅁ: 아름답 → 아름다우 (아름다운), others unchanged."""
    lead, vowel, tail = split(stem[-1])
    if tail == T_B and stem[-1:] not in REGULAR_B:
        return stem[:-1] + join(lead, vowel) + "우"
    return stem


def ko_forms(dictionary_form):
    """Common surface forms of a Korean predicate given as 좋다, 행복하다, 아름답다."""
    assert dictionary_form.endswith("다"), dictionary_form
    stem = dictionary_form[:-1]
    inf = ko_infinitive(stem)
    past = with_tail(inf, T_SS)
    mod = ko_modifier_stem(stem)
    lead, vowel, tail = split(mod[-1])
    forms = [dictionary_form, inf, inf + "요", past + "다", past + "어요",
             stem + "고", stem + "네", stem + "네요", stem + "게", stem + "던", stem + "겠", stem + "는"]
    if stem.endswith("있") or stem.endswith("없") or stem.endswith("밌"):
        forms += [stem + "는", stem + "음", stem + "습니다"]
    elif mod != stem:
        # ㅂ irregular: 아름다운, 아름다움, and the body 아름다 that every other ending starts with
        forms += [with_tail(mod, T_N), with_tail(mod, T_M), stem + "습니다", mod[:-1]]
    elif tail == T_NONE:
        forms += [with_tail(mod, T_N), with_tail(mod, T_M), with_tail(mod, T_B) + "니다", with_tail(mod, T_L)]
    elif tail == T_L:
        # ㄹ stems drop the ㄹ before ㄴ and ㅂ: 힘들 → 힘든, 힘듭니다; the noun form is 힘듦.
        body = mod[:-1] + join(lead, vowel)
        forms += [with_tail(body, T_N), with_tail(body, T_B) + "니다", body + "네"]
        forms.remove(stem + "네")
        forms.remove(stem + "네요")
    else:
        forms += [mod + "은", mod + "음", stem + "습니다", mod + "을"]
    return [f for f in dict.fromkeys(forms) if f]


# Japanese godan endings: dictionary kana → (masu stem kana, te form, ta form, negative stem kana)
GODAN = {
    "う": ("い", "って", "った", "わ"),
    "つ": ("ち", "って", "った", "た"),
    "る": ("り", "って", "った", "ら"),
    "む": ("み", "んで", "んだ", "ま"),
    "ぶ": ("び", "んで", "んだ", "ば"),
    "ぬ": ("に", "んで", "んだ", "な"),
    "く": ("き", "いて", "いた", "か"),
    "ぐ": ("ぎ", "いで", "いだ", "が"),
    "す": ("し", "して", "した", "さ"),
}
# the potential stem: 勝つ → 勝て (勝てた, 勝てない), 稼ぐ → 稼げ
GODAN_POTENTIAL = {"う": "え", "つ": "て", "る": "れ", "む": "め", "ぶ": "べ", "ぬ": "ね", "く": "け", "ぐ": "げ", "す": "せ"}


def ja_adjective_forms(word):
    """い-adjectives: 嬉しい → 嬉しい, 嬉しく, 嬉しかった, 嬉しくて, 嬉しさ, 嬉しそう, 嬉しすぎ, ..."""
    stem = word[:-1]
    if word in ("いい", "良い", "よい"):
        stem = "良" if word == "良い" else "よ"
        forms = [word, stem + "く", stem + "かった", stem + "くて", stem + "さ", stem + "さそう", stem + "すぎ", stem + "き"]
        return forms
    return [word, stem + "く", stem + "かった", stem + "くて", stem + "さ", stem + "そう", stem + "すぎ",
            stem + "すぎる", word + "です", stem + "ければ", stem + "かったです", stem + "げ"]


def ja_verb_forms(word, kind):
    """Verbs: kind "godan" (儲かる) or "ichidan" (負ける). The negative stem (儲から) is listed too, so that
    a negation after it (儲からない) finds the verb."""
    if kind == "ichidan":
        stem = word[:-1]
        return [word, stem, stem + "た", stem + "て", stem + "ます", stem + "ました", stem + "たい", stem + "られ"]
    masu, te, ta, neg = GODAN[word[-1]]
    stem = word[:-1]
    if word == "行く" or word.endswith("いく"):
        te, ta = "って", "った"
    potential = stem + GODAN_POTENTIAL[word[-1]]
    return [word, stem + masu, stem + te, stem + ta, stem + masu + "ます", stem + masu + "ました", stem + neg,
            stem + masu + "たい", potential, potential + "る", potential + "た"]


def ja_noun_forms(word):
    """Nouns and な-adjectives: 最高 → 最高, 最高だ, 最高です, 最高な, 最高に, 最高すぎ."""
    return [word, word + "だ", word + "です", word + "な", word + "に", word + "すぎ"]
