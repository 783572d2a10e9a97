"""The lexicon loader: shipped data, rejected files, users' own files on top."""

from __future__ import annotations

import time

import pytest
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.errors import KGraphError
from kgraph.extract.lexicon import load_lexicon, shipped_classes
from kgraph.extract.lexicon.loader import parse_actor_nouns, parse_classes, parse_triggers
from kgraph.extract.pipeline import extract_documents
from kgraph.model import Document

HEADER = "# kind\tlemma\twith\tpredicate\tpreps\tdirect\tstrength\tcameo\texample\n"


@pytest.mark.parametrize(
    ("kind", "key", "predicate"),
    [
        ("verbs", "designate", "designates"),
        ("verbs", "condemn", "criticizes"),
        ("nouns", "sanction", "sanctions"),
        ("adjectives", "grateful", "praises"),
        ("verb_prep", ("call", "on"), "appealsTo"),
        ("verb_prep", ("crack", "down"), "coerces"),
    ],
)
def test_shipped_triggers(kind, key, predicate):
    assert getattr(load_lexicon(), kind)[key].predicate == predicate


@pytest.mark.parametrize(
    ("key", "predicate"),
    [(("lift", "sanction"), "yieldsTo"), (("cut", "tie"), "reducesRelationsWith")],
)
def test_shipped_combinations(key, predicate):
    assert load_lexicon().verb_noun[key] == predicate


def test_curated_entries_carry_their_cameo_code():
    lex = load_lexicon()
    assert lex.verbs["kill"].cameo == "186"
    assert lex.verbs["kill"].source == "kgraph"


@pytest.mark.parametrize(
    ("name", "member"),
    [
        ("title_words", "prime minister"),
        ("military_body_nouns", "army"),
        ("military_force_nouns", "drone"),
        ("place_nouns", "capital"),
        ("negating_verbs", "refuse"),
        ("future_auxiliaries", "'ll"),
        ("speech_verbs", "say"),
        ("clausal_predicates", "expressesIntentToCooperateWith"),
    ],
)
def test_shipped_classes(name, member):
    assert member in shipped_classes()[name]


def test_the_python_names_still_read_the_data():
    from kgraph.extract.lexicon import triggers
    from kgraph.extract.mentions import actor_words
    from kgraph.extract.qualifiers import modality

    assert triggers.VERBS["kill"].predicate == "kills"
    assert "prime minister" in actor_words.TITLE_WORDS
    assert shipped_classes()["military_force_nouns"] == triggers.MILITARY_NOUNS
    assert shipped_classes()["military_body_nouns"] == actor_words.MILITARY_NOUNS
    assert shipped_classes()["speech_verbs"] == modality.SPEECH_VERBS


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("verb\tzap\t\tzaps\n", "t.tsv line 2: unknown predicate 'zaps'"),
        ("verb\tzap\t\tattacks\t\tyes\t1.5\n", "t.tsv line 2: strength 1.5 is outside 0-1"),
        ("verb\tzap\t\tattacks\t\tyes\tstrong\n", "t.tsv line 2: strength 'strong' is not"),
        ("verb\tzap\t\tattacks\nverb\tzip zap\t\tkills\n", "t.tsv line 3: duplicate verb 'zap'"),
        ("verb\tzap\t\tattacks\t\tmaybe\n", "t.tsv line 2: direct must be yes or no"),
        ("verbs\tzap\t\tattacks\n", "t.tsv line 2: unknown kind 'verbs'"),
        ("verb\tzap\n", "t.tsv line 2: expected 4 to 9 tab-separated columns, got 2"),
        ("phrase\tzap\t\tattacks\n", "t.tsv line 2: a phrase needs a word in the 'with'"),
        ("verb\tzap\tat\tattacks\n", "t.tsv line 2: a verb has no 'with' column"),
        ("combo\tlift\tban\tyieldsTo\ncombo\tlift\tban\tyieldsTo\n", "line 3: duplicate combo"),
    ],
)
def test_bad_trigger_rows_are_rejected_with_file_and_line(text, message):
    with pytest.raises(KGraphError) as err:
        parse_triggers(HEADER + text, "t.tsv")
    assert message in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[a]\nx y\n[b]\nz\n[a]\nw\n", "c.txt line 5: class [a] defined twice (first at c.txt"),
        ("[a]\nx x\n", "c.txt line 2: duplicate word 'x' in class [a]"),
        ("x y\n", "c.txt line 1: words before the first [class] header"),
        ("[a\nx\n", "c.txt line 1: a class header is [name]"),
        ('[a]\n"x y\n', "c.txt line 2: cannot split the words"),
    ],
)
def test_bad_class_files_are_rejected(text, message):
    with pytest.raises(KGraphError) as err:
        parse_classes(text, "c.txt")
    assert message in str(err.value)


def test_class_members_may_have_several_words():
    assert parse_classes('[t]\tdescription\npresident "prime minister"\n', "c.txt") == {
        "t": frozenset({"president", "prime minister"})
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("anaphor\tcartel\tGang\n", "n.tsv line 1: unknown actor type in 'Gang'"),
        ("anaphors\tcartel\tGroup\n", "n.tsv line 1: unknown table 'anaphors'"),
        ("anaphor\tx\tGroup\nanaphor\tx\tGroup\n", "n.tsv line 2: duplicate anaphor 'x'"),
        (
            "group_head\tspy\tGroup\nperson_head\tspy\tGroup\n",
            "n.tsv line 2: 'spy' is both a group_head and a person_head",
        ),
    ],
)
def test_bad_actor_noun_files_are_rejected(text, message):
    with pytest.raises(KGraphError) as err:
        parse_actor_nouns(text, "n.tsv")
    assert message in str(err.value)


def test_a_row_stands_for_each_of_its_lemmas():
    rows = parse_triggers(
        HEADER + "combo\tcut sever\ttie relation\treducesRelationsWith\n", "t.tsv"
    )
    assert rows[0].entries() == [
        ("cut", "tie"),
        ("cut", "relation"),
        ("sever", "tie"),
        ("sever", "relation"),
    ]


def test_the_shipped_lexicon_loads_in_well_under_a_second():
    from kgraph.extract.lexicon import loader

    loader._shipped_layers.cache_clear()
    loader._load.cache_clear()
    started = time.perf_counter()
    load_lexicon()
    assert time.perf_counter() - started < 1.0


def test_the_lexicon_is_cached_by_file_set(tmp_path):
    user = tmp_path / "mine.tsv"
    user.write_text("verb\tupbraid\t\tcriticizes\n", encoding="utf-8")
    assert load_lexicon([user]) is load_lexicon([user])
    assert load_lexicon([user]) is not load_lexicon()
    assert "upbraid" not in load_lexicon().verbs


# --- users' own files, through the real pipeline ---------------------------------------

USER_LEXICON = (
    "# an analyst's own verbs\n"
    "verb\tupbraid\t\tcriticizes\t\tyes\t0.8\t\tIran upbraided Israel.\n"
    "verb\tpraise\t\tcriticizes\t\tyes\t0.9\n"  # on top of the curated entry: it wins
)
USER_ACTORS = (
    '{"label": "Ana Duarte", "type": "Person", "country": "BRA", "cameo": "BRAGOV", '
    '"office": "Minister of Defence of Brazil", "gender": "f", "aliases": ["Duarte"]}\n'
)


def _triples(nlp, text, **kwargs):
    (ex,) = extract_documents([Document(id="d", text=text)], nlp=nlp, **kwargs)
    return {(r.subject, r.predicate, r.object) for r in ex.relations}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Iran upbraided Israel.", ("iran-q794", "criticizes", "israel-q801")),
        ("Iran praised Israel.", ("iran-q794", "criticizes", "israel-q801")),
    ],
)
def test_a_user_lexicon_sits_on_top(nlp, tmp_path, sentence, expected):
    user = tmp_path / "mine.tsv"
    user.write_text(USER_LEXICON, encoding="utf-8")
    assert expected in _triples(nlp, sentence, lexicon=load_lexicon([user]))


def test_without_the_user_lexicon_the_curated_entry_holds(nlp):
    assert ("iran-q794", "praises", "israel-q801") in _triples(nlp, "Iran praised Israel.")


def test_a_user_gazetteer_adds_an_actor(nlp, tmp_path):
    from kgraph.extract.mentions.gazetteer import load_gazetteer

    user = tmp_path / "actors.jsonl"
    user.write_text(USER_ACTORS, encoding="utf-8")
    gaz = load_gazetteer([user])
    assert gaz.lookup("Duarte").label == "Ana Duarte"
    assert load_gazetteer().lookup("Ana Duarte") is None
    (ex,) = extract_documents(
        [Document(id="d", text="Ana Duarte condemned Venezuela.")], nlp=nlp, gazetteer=gaz
    )
    actors = {a.id: a for a in ex.actors}
    (rel,) = [r for r in ex.relations if r.predicate == "criticizes"]
    assert actors[rel.subject].label == "Ana Duarte"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"label": "X"}\n', "line 1: unknown actor type None"),
        ('{"type": "Person"}\n', "line 1: 'label' must be a non-empty string"),
        ('{"label": "X", "type": "Person", "alias": []}\n', "line 1: unknown key 'alias'"),
        ('{"label": "X", "type": "Person", "aliases": "Y"}\n', "'aliases' must be a list"),
        ("# actors\n{label: X}\n", "line 2: not JSON"),
        (
            '{"label": "X", "type": "Person"}\n{"label": "X", "type": "Group"}\n',
            "line 2: duplicate actor 'X' (first at line 1)",
        ),
    ],
)
def test_bad_gazetteer_files_are_rejected(tmp_path, text, message):
    from kgraph.extract.mentions.gazetteer import load_gazetteer

    user = tmp_path / "actors.jsonl"
    user.write_text(text, encoding="utf-8")
    with pytest.raises(KGraphError) as err:
        load_gazetteer([user])
    assert message in str(err.value)
    assert str(user) in str(err.value)


@pytest.mark.parametrize("command", ["extract", "build"])
def test_the_cli_rejects_a_bad_lexicon_in_one_line(tmp_path, command):
    bad = tmp_path / "bad.tsv"
    bad.write_text("verb\tzap\t\tzaps\n", encoding="utf-8")
    text = tmp_path / "story.txt"
    text.write_text("Iran condemned Israel.", encoding="utf-8")
    args = [command, str(text), "--lexicon", str(bad), "-o", str(tmp_path / "out.ttl")]
    if command == "build":
        args[-1] = str(tmp_path / "out")
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "bad.tsv line 1: unknown predicate 'zaps'" in lines[0]
    assert not (tmp_path / "out.ttl").exists() and not (tmp_path / "out").exists()


def test_the_cli_reads_a_user_lexicon(tmp_path):
    user = tmp_path / "mine.tsv"
    user.write_text(USER_LEXICON, encoding="utf-8")
    text = tmp_path / "story.txt"
    text.write_text("Iran upbraided Israel.", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["extract", str(text), "--lexicon", str(user), "--format", "jsonl", "-q"]
    )
    assert result.exit_code == 0, result.output
    assert '"predicate":"criticizes"' in result.output


def test_the_derived_base_sits_under_the_curated_entries():
    shipped, curated = load_lexicon(), load_lexicon(derived=False)
    assert shipped.verbs["butcher"].source == "petrarch2"
    assert "butcher" not in curated.verbs
    assert shipped.verbs["kill"].source == "kgraph"  # curated wins
    assert shipped.files[0] == "derived_triggers.tsv" and curated.files == ("triggers.tsv",)


@pytest.mark.parametrize(
    ("option", "text", "message"),
    [
        ("--lexicon", "verb\tzap\t\tzaps\n", "line 1: unknown predicate 'zaps'"),
        ("--gazetteer", '{"label": "X"}\n', "line 1: unknown actor type None"),
    ],
)
def test_evaluate_takes_the_user_files_too(tmp_path, option, text, message):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "d", "text": "Iran condemned Israel.", "relations": []}\n')
    bad = tmp_path / "bad.txt"
    bad.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold), option, str(bad)])
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1
