"""From a speaker phrase to entities: the head token of a subject or source ("le ministère russe", "Paul Martel",
"the ministry's spokesman", "elle", "tous deux") is resolved to the speakers it names, or to a described speaker
(an unnamed source: "un responsable du ministère", "officials").

In order: a relative pronoun stands for its antecedent; a subject pronoun or joint phrase is looked up in the
discourse :class:`~.memory.Memory`; otherwise the entities mentioned in the phrase (a person in apposition before
a demonym: "Le Syrien d’origine, X"; or in a name in apposition), a person named before the phrase and a comma,
"M. X", the institution a spokesperson speaks for (a spokesperson of a person is an unnamed aide; the person the
text names that institution's spokesperson speaks for a definite phrase: :mod:`.named_again`), the issuer of a
document ("indique le communiqué"), the organisation or state of an institution noun ("le ministère russe" ->
Russia), the entity a bare definite phrase refers back to ("the ministry"), the person a definite role phrase
refers back to ("la ministre", "le diplomate chinois"), the organisation plural members speak for ("les
dirigeants de la CEDEAO"), and last a described speaker for the phrase of an unnamed source.
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import kb
from ..tree import children, text_of, tokens
from . import labels
from .apposition import apposed_below, apposed_names, named_after_comma, named_before
from .described_names import drop_descriptions, inner_conjuncts
from .epithets import described_organisation, last_organisation, named_after, purpose_only
from .examples import named_examples
from .first_source import first_source_noun, source_person
from .frame import surface_word
from .head_memo import HeadMemo
from .impersonal import impersonal
from .lexicon import DESCRIBED_TALLY, ORG_NAMED_AFTER, Lexicon, fold, in_any_language
from .memory import Memory
from .named_again import bare_definite, body_words, named_spokesperson
from .owners import (
    agents,
    bare_state_body,
    counted_noun,
    document_issuer,
    institution_owners,
    members_of,
    relay_agents,
    state_before,
)
from .pairs import pair_member
from .periphrases import periphrasis_body
from .phrases import gender as gender_of
from .phrases import np_names_person, partitive, phrase
from .possessive import possessive_source
from .printed import name_word, printed_name, unlinked_name
from .relational import called_so
from .role_holder import role_holder
from .role_owners import holders_apposed, owned
from .roleheld import other_holders
from .speakers import Mentions, Speaker, dedupe, described
from .spoken_body import body_spoken_before
from .surnames import surname
from .titles import title_role
from .unmentioned import named_by_phrase
from .unnamed import keep_unnamed, named_later, state_holder_before

#: Modifiers that make a definite phrase specific ("le ministère russe"): it then refers to no earlier entity.
_SPECIFIC = frozenset({"amod", "nmod", "compound", "poss", "nmod:poss", "appos", "prep"})


def _specific(head: Token) -> list[Token]:
    """The modifiers of ``head`` that make its phrase specific (:data:`_SPECIFIC`)."""
    return [c for c in children(head) if c.dep_ in _SPECIFIC]


def _antecedent(rel: Token) -> Token:
    """The antecedent of relative pronoun ``rel``: the word its clause hangs on, or, when the parser hung the clause
    on a verb ("…, a expliqué le ministère, qui a précisé…"), the noun right before the pronoun."""
    ante = rel.head.head
    if ante.pos_ in labels.VERBAL:
        k, toks = rel.i - 1, tokens(rel.doc)
        while k > 0 and toks[k].is_punct:
            k -= 1
        if toks[k].pos_ in {"NOUN", "PROPN"}:
            return toks[k]
    return ante


#: A definite role phrase ("le ministre") refers back to a person mentioned at most this many characters before.
ROLE_WINDOW = 1500


class Resolver(HeadMemo):
    """Resolves speaker phrases of one text: its ``text``, lexicon, entity ``mentions`` and discourse ``memory``
    (which the attribution pass fills as it goes; the resolver only reads it)."""

    def __init__(self, text: str, lang: str, lex: Lexicon, mentions: Mentions, memory: Memory):
        self.text, self.lang, self.lex, self.mentions, self.memory = text, lang, lex, mentions, memory

    def heads(self, heads: list[Token], pos: int) -> list[Speaker]:
        """The speakers named by the phrases of ``heads``, resolved at character ``pos``."""
        # a description and its name side by side, read as two phrases: the name speaks (:mod:`.described_names`)
        return dedupe(drop_descriptions([(h, self.head(h, pos)) for h in heads]))

    def head(self, head: Token, pos: int) -> list[Speaker]:
        """The speakers named by the noun phrase headed by ``head``; [] when it names none. A definite phrase of an
        unnamed source ("the official") stays unnamed unless the text calls its person so (:mod:`.unnamed`)."""
        ents = self._head(head, pos) or possessive_source(head, self.lex, self.memory, pos)  # "à ses yeux"
        if not self.definite_article(head):
            return ents
        ents = keep_unnamed(head, self.np_text(head), ents, self.text, self.lex, self.mentions, self.memory, pos)
        if all(e.id is None for e in ents) and self.is_role(head) and first_source_noun(head, self.lex):
            return source_person(head, pos, self.memory, self.lang, self.role_reference) or ents  # "the official"
        return ents

    def _head(self, head: Token, pos: int) -> list[Speaker]:
        word = fold(head.text).lstrip("-")
        if head.text.startswith("-") and head.i + 1 < len(head.doc) and head.doc[head.i + 1].text.startswith("-"):
            head = head.doc[head.i + 1]  # euphonic "-t-" in "a-t-elle dit": the pronoun is the next token
            word = fold(head.text).lstrip("-")
        if head.pos_ == "PRON" and head.head.dep_ in labels.RELATIVE and labels.relative_pronoun(head):
            return self.head(_antecedent(head), pos)  # "X, qui a exigé…": the relative pronoun's antecedent
        if group_end := partitive(head):  # "a expliqué l’un d’eux", "one of the protesters said": one of a group
            return [described(text_of(head.doc, head.left_edge.i, group_end + 1))]
        if head.pos_ == "PRON" and (bearer := name_word(head, self.mentions)):
            return bearer  # "Kim Jong Un a précisé…": a name's last word tagged as the pronoun "un"
        lex = self.lex
        clitic = head.pos_ == "PRON" or head.text.startswith("-")  # "s’est-elle indignée": "-elle" tagged PROPN
        if clitic and word in lex["pron_m"] | lex["pron_f"] | lex["pron_pl"] | lex["pron_n"]:
            going_on = head.dep_ in labels.SUBJECT and lex.lemma(head.head) in lex["going_on"]  # "it added"
            return self.memory.pronoun(word, pos, lex, self.mentions, going_on)
        if (
            head.pos_ == "PRON"
            and labels.feature(head, "Person") == ["3"]
            and set(labels.feature(head, "PronType")) <= {"Prs"}
            and "Reflex" not in labels.feature(head, "Reflex") + labels.feature(head, "PronType")
        ):
            return impersonal(self, head, pos)  # a third-person subject pronoun that refers to no one ("on")
        pair = fold(surface_word(head) if head.pos_ == "PRON" else head.text)  # "Celle-ci" in 3
        determined = head.pos_ == "PRON" or any(c.dep_ == "det" for c in children(head))
        if determined and pair in lex["latter"] | lex["former"]:
            return pair_member(head, self.mentions, former=pair in lex["former"])  # "the latter", "the former"
        if (words := self.np_text(head)) in lex["joint"] | lex["joint_party"]:
            return self.memory.joint(pos, self.mentions, persons=words in lex["joint"])
        if fold(head.text) in lex["spokes"] and _aide(head, self.mentions):
            # "le porte-parole de X, la ministre…": a person's aide, unnamed, or the body that has just spoken for X
            return self._body(head, pos, _owners(head, self.mentions)) or self._described(head)
        ents = self.mentions.covering(head.idx, head.idx + len(head))
        if not ents:  # « l'exécutif européen »: the body the press names so
            ents = periphrasis_body(head, lex, self.mentions)
        if not ents and head.pos_ in {"NOUN", "PROPN"}:  # the name printed where the entities recorded no mention
            ents = self.kept("printed", head, self._printed)
        unknown = not ents and not surname(head, self.mentions, self.text)
        unknown = unknown and not title_role(head, self.definite_article(head))  # "The Prime Minister": a role
        if unknown and (name := printed_name(head, self.mentions, lex, self.lang)) is not None:
            return [described(name)]  # a person the entities missed speaks under the name printed, not their employer
        if ents and all(e.type == "GPE" for e in ents):  # "Le Syrien d’origine, Maher Arar, …": the person named
            ents = [e for e in self.kept("apposed", head, self._apposed) if e.type == "PERSON"] or ents
        elif ents and head.pos_ == "NOUN" and all(e.type == "PERSON" for e in ents):
            # "a déclaré le porte-parole du gouvernement, X": the name printed beside the role wins over the
            # person the role was linked to earlier (a role changes hands, or the link guessed wrong)
            named = [
                e
                for e in self.kept("apposed", head, self._apposed) + self._below(head) + self._after(head)
                if e.type == "PERSON"
            ]
            if named and not {e.key for e in named} & {e.key for e in ents}:
                ents = named[:1]
        ents = role_holder(head, ents, self.mentions, self.definite_article(head), self.is_role(head))
        if not ents:  # not the owner's acronym after a role ("le président de la Fédération des éleveurs (FDE)")
            ents = holders_apposed(head, self.kept("apposed", head, self._apposed), self.is_role(head))
        if not ents:  # "The mayor of X, Paul Martel, said": the apposition hangs lower in the phrase, or a conjunct
            ents = self._below(head) or inner_conjuncts(head, self.mentions)  # of a word in it
        if not ents and head.pos_ == "NOUN" and head.lemma_.lower() not in lex["tally"] | lex["noun"]:
            ents = self._after(head)  # "…, a écrit la ministre de X, Anita Anand."; not a count's "Selon…, X"
        if not ents and head.pos_ == "PROPN":  # "…, PM Martel added": a surname the entities left unmentioned there
            ents = surname(head, self.mentions, self.text)
        if not ents and head.pos_ == "NOUN":  # "Paul Martel, maire de Brévonne, a dit": the role parsed as subject
            ents = named_before(head, self.mentions, self.text)
        if not ents and fold(head.text) in lex["gender_m"] | lex["gender_f"]:  # "a poursuivi M. X": the name after
            nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
            ents = [e for e in self.mentions.covering(nxt.idx, nxt.idx + len(nxt)) if e.type == "PERSON"] if nxt else []
            ents = ents or (surname(nxt, self.mentions, self.text) if nxt is not None and nxt.pos_ == "PROPN" else [])
        tally = head.pos_ == "NOUN" and head.lemma_.lower() in lex["tally"]  # "according to official figures"
        document = tally or head.lemma_.lower() in lex["noun"]  # "le communiqué", "the statement"
        if not ents and document:  # "selon le communiqué publié par X": X issued it
            ents = [e for e in self.heads(agents(head), pos) if e.id is not None]
        if not ents and head.pos_ in {"NOUN", "PRON"}:  # "selon des informations rapportées par X": X relays them
            ents = [e for e in self.heads(relay_agents(head, lex), pos) if e.id is not None]
        definite = document and (self.definite_article(head) or _demonstrative(head))  # « selon cette déclaration »
        if not ents and document:
            # "indique le communiqué", "the statement said", "selon l’enquête de la Ligue", "a statement from X",
            # "le communiqué valdorien": who issued it
            ents = document_issuer(self, head, pos, recall=definite and not tally)
        if not ents and tally and lex.has(DESCRIBED_TALLY):
            return self._described(head)  # "the official results", "preliminary figures": no issuer named
        if not ents and fold(head.text) in lex["spokes"]:  # "the ministry's spokesman" -> the ministry
            ents = self._spoken_for(head, pos)
            if ents and all(e.type == "PERSON" for e in ents):  # "le porte-parole de X": not X, an unnamed aide
                return self._body(head, pos, ents) or self._described(head)  # or X's body's ("the PM's")
        if not ents and {head.lemma_.lower(), fold(head.text)} & lex["institution"]:  # "le ministère russe"
            ents = institution_owners(head, lex, self.mentions)  # "les gouvernements du Tchad et du Togo"
        if not ents:
            ents = self.definite(head)
        if (
            not ents
            and self.is_role(head)
            and (self.definite_article(head) or self._demonstrative_person(head))
            and "Plur" not in labels.feature(head, "Number")
            and (unlinked_name(head) is None or title_role(head, True))  # "The Prime Minister" is no name
            and not self._described_source(head)
        ):
            # "le ministre", "the spokesman"; not "le Commissaire, Ramtane Lamamra": a person no entity names, nor
            # "les dirigeants de la CEDEAO": a plural is no reference back to one person
            ents = self.role_reference(head, pos)
        if not ents and self.anonymous(head) and "Plur" in labels.feature(head, "Number") and not _informant(head, lex):
            ents = members_of(head, self.mentions)  # "les dirigeants de la CEDEAO": the organisation speaks
        if not ents and self.is_role(head) and owned(head):  # "Turkey's prime minister said…": "President X" before,
            ents = state_holder_before(head, self.text, self.mentions, self.lang, ROLE_WINDOW)
            ents = ents or named_later(head, self.text, self.mentions)  # or "Prime Minister Karel Dunst told…" after
        if not ents and bare_state_body(head, lex):  # "ont précisé les autorités mardi": the state named last
            ents = state_before(head, self.mentions, ROLE_WINDOW)
        if (
            not ents
            and lex.has(ORG_NAMED_AFTER)
            and head.pos_ == "NOUN"
            and self.definite_article(head)
            and not _specific(head)
        ):
            ents = named_after(head, self.text, self.mentions)  # "selon la police"
        if not ents and self.anonymous(head):  # "un responsable du ministère", "activists", "des sources proches"
            if body := self._body(head, pos):  # "X confirmed… “…,” a spokesman said": X's spokesman
                return body
            named = named_examples(head, lex, self.mentions) or called_so(head, lex, self.text, self.mentions)
            return named or self._described(head)  # "tels que X et Y", « l'avocate de X » then « l'avocate Y »
        if not ents and document and head.dep_ in labels.SUBJECT and not definite:
            return self._described(head)  # "a statement issued after the talks said": no issuer named
        if fold(head.text) in lex["spokes"] and not _indefinite(head):  # "The Army spokesman": the one so named
            ents = named_spokesperson(head, ents, self.text, self.mentions, lex) or ents
        people = [e for e in ents if e.type == "PERSON"]
        # "a Cambodian defence ministry spokeswoman, Sok Chanthida": the named person speaks, not her ministry
        return dedupe(people if people and len(people) < len(ents) and np_names_person(head) else ents)

    def _below(self, head: Token) -> list[Speaker]:
        return self.kept("below", head, lambda h: apposed_below(h, self.mentions))

    def _after(self, head: Token) -> list[Speaker]:
        return self.kept("after", head, lambda h: named_after_comma(h, self.mentions))

    def _printed(self, head: Token) -> list[Speaker]:
        return named_by_phrase(head, self.text, self.mentions, self.lang)

    def _described(self, head: Token) -> list[Speaker]:
        """A described speaker: the phrase of ``head`` as printed, before any time word after its head."""
        return [described(phrase(head, self.lex["time"]))]

    def _described_source(self, head: Token) -> bool:
        """Whether ``head`` heads the description of an unnamed source, not a reference back to a named person: a
        noun of the ``anonymous`` kind with modifiers of its own ("le responsable indien", "the South Korean
        foreign ministry official"; not "le responsable" alone)."""
        return bool({head.lemma_.lower(), fold(head.text)} & self.lex["anonymous"]) and any(
            c.dep_ in {"amod", "compound", "nmod"} for c in children(head)
        )

    def anonymous(self, head: Token) -> bool:
        """Whether ``head`` heads the phrase of an unnamed source: a noun of the lexicon's ``anonymous`` kind
        ("responsable", "sources", "officials", "residents") or a role word of the knowledge base ("député")."""
        if head.pos_ != "NOUN" and not title_role(head, self.definite_article(head)):  # "The Prime Minister"
            return False
        if {head.lemma_.lower(), fold(head.text)} & (self.lex["anonymous"] | self.lex["press"]) or self.is_role(head):
            return True  # "un responsable du ministère", "le député", "local media said"
        if head.dep_ in labels.passive_subject():
            return False  # "Une vingtaine de manifestants ont été accueillis…, précisant que…": not the speaker
        counted = counted_noun(head, self.lang)  # "des centaines de manifestants", "hundreds of protesters"
        return counted is not None and self.anonymous(counted)

    def role_reference(self, head: Token, pos: int) -> list[Speaker]:
        """The person a definite role phrase at ``pos`` refers back to: with a nationality ("le diplomate
        chinois", "the Chinese envoy"), the person of that state mentioned last (or the person mentioned last, of no
        known state); else the last person among the
        speakers and subjects seen ("la ministre", "the spokesman"), else the last person mentioned, of a
        compatible gender; [] when none."""
        base = kb.load()
        codes = {base.demonym(c.text, self.lang) for c in children(head) if c.dep_ in {"amod", "compound"}} - {None}
        people = sorted(
            ((start, e) for start, end, e in self.mentions.spans if e.type == "PERSON" and end <= head.idx),
            key=lambda m: -m[0],
        )
        if codes:
            near = [(start, e) for start, e in people if pos - start <= ROLE_WINDOW]
            # the person of that state mentioned last, else the last one of no known state ("… Donald Trump. Le
            # président américain estime…"), else the one named next with role and nationality (:func:`named_later`)
            return (
                next(([e] for _, e in near if e.country in codes), [])
                or [e for _, e in near[:1] if e.country is None]
                or named_later(head, self.text, self.mentions, frozenset(c for c in codes if c), self.lang)
            )
        gender = gender_of(head)
        skip = other_holders(head, self.mentions, self.lang)  # not who holds another role ("the prime minister")
        close = [e for s, e in people if pos - s <= ROLE_WINDOW and e.key not in skip]
        ok = [e for e in close if e.gender in (None, gender or e.gender)]
        return self.memory.person(pos, gender, skip) or ok[:1]

    def _demonstrative_person(self, head: Token) -> bool:
        """Whether ``head`` is a ``person_noun`` after a demonstrative ("cet agriculteur de 54 ans", "cette
        enseignante"): like a definite phrase, it names the last person seen."""
        return fold(head.text) in self.lex["person_noun"] and _demonstrative(head)

    def _apposed(self, head: Token) -> list[Speaker]:
        """Entities named in apposition to ``head`` (:func:`.apposition.apposed_names`)."""
        return apposed_names(head, self.mentions, self.lex)

    def _body(self, head: Token, pos: int, owners: list[Speaker] | None = None) -> list[Speaker]:
        """The body an unnamed spokesperson ``head`` speaks for, having just spoken (:mod:`.spoken_body`)."""
        return body_spoken_before(head, pos, self.memory, self.lex, owners)

    def _spoken_for(self, head: Token, pos: int) -> list[Speaker]:
        """The institution a spokesperson ``head`` speaks for ("the ministry's spokesman", "le porte-parole du
        ministère", "a spokesperson for the Commission")."""
        ents: list[Speaker] = []
        for c in children(head):
            if c.dep_ in labels.OWNER or (c.dep_ == "compound" and c.i < head.i):  # "a State Department spokesperson"
                ents += self.head(c, pos)
            elif c.dep_ == "prep" and fold(c.text) in in_any_language("spokes_prep"):
                ents += [e for o in children(c) if o.dep_ == "pobj" for e in self.head(o, pos)]
        return ents

    def definite(self, head: Token) -> list[Speaker]:
        """A bare definite noun phrase ("the ministry", "le ministère", "le ministre") names the entity last
        mentioned before it by a phrase holding the same noun ("Azerbaijan's defence ministry", "le ministre de
        l’Intérieur X"), or an organisation whose name holds it; [] when none."""
        specific = _specific(head)
        if head.pos_ not in {"NOUN", "PROPN"} or not (self.definite_article(head) or bare_definite(head, self.lex)):
            return []  # "the Alliance said": a word of the name, tagged as a name; "Police said": a bare body noun
        if specific and not purpose_only(head, specific, self.mentions, self.lex):  # "l’ONG de défense de…" goes on
            return described_organisation(head, specific, self.text, self.mentions, self.lex)  # "the rights group"
        word = body_words(head, self.lex)  # "l’armée" in "l’état-major des armées"; "the military": "Pakistan Army"
        for start, end, ent in sorted(self.mentions.spans, key=lambda m: -m[0]):
            if (
                end <= head.idx
                and ent.type in {"ORG", "PERSON"}
                and (word.search(fold(self.text[start:end])) or (ent.type == "ORG" and word.search(fold(ent.name))))
            ):
                return [ent]
        return last_organisation(head, self.mentions, self.lex)  # "l’organisation": the last one named


def _informant(head: Token, lex: Lexicon) -> bool:
    """Whether ``head`` is a noun of an informant ("des sources au ministère", "sources at the ministry"): an unnamed
    source, never a body's members speaking as the body they are in."""
    return bool({head.lemma_.lower(), fold(head.text)} & lex["informant"])


def _indefinite(head: Token) -> bool:
    """Whether the phrase of ``head`` opens on an indefinite article ("a spokesman", « un porte-parole »)."""
    return any(c.dep_ == "det" and labels.feature(c, "Definite") == ["Ind"] for c in children(head))


def _demonstrative(head: Token) -> bool:
    """Whether the phrase of ``head`` opens on a demonstrative determiner ("cette déclaration", "this statement"): a
    document so named refers back, as a definite one does, to the document seen before it."""
    return any(c.dep_ == "det" and "Dem" in labels.feature(c, "PronType") for c in children(head))


def _owners(head: Token, mentions: Mentions) -> list[Speaker]:
    """The entities the owner dependents of ``head`` name ("de X" in "le porte-parole de X")."""
    return [e for c in children(head) if c.dep_ in labels.OWNER for e in mentions.covering(c.idx, c.idx + 1)]


def _aide(head: Token, mentions: Mentions) -> bool:
    """Whether spokesperson ``head`` speaks for a person its phrase names ("le porte-parole de X") and is named by no
    name in apposition of its own ("…, Jean Dupont"): an unnamed aide, whatever role follows."""
    owners = _owners(head, mentions)
    named = any(c.dep_ in labels.NAME and c.pos_ == "PROPN" for c in children(head))
    return bool(owners) and all(e.type == "PERSON" for e in owners) and not named
