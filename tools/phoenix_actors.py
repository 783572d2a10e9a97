"""Read the Phoenix agent and actor dictionaries: agent nouns with sectors, actors with dated roles.

Part of the converter run by ``tools/build_lexicon.py`` (its stamp covers this file
too). The file syntax is PETRARCH2's ``dictionaries.rst``.
"""

from __future__ import annotations

import re


def strip_comment(line: str) -> tuple[str, str]:
    """Return a dictionary line's body and its ``#`` comment."""
    body, _, comment = line.partition("#")
    return body.strip(), comment.strip()


# --- agents -------------------------------------------------------------------------


def parse_agents(text: str) -> dict[str, tuple[str, ...]]:
    """Return agent noun → sector codes of a Phoenix/PLOVER agents file.

    ``!PERSON! = MAN, MEN …`` lines define substitution sets; ``POLICE [~COP]`` gives a
    noun its sector (``~COP``: a sector after whatever country precedes the noun;
    ``IGO~``: a code before it). Returns lower-case nouns with their codes, ``~`` kept.
    """
    subs: dict[str, list[str]] = {}
    out: dict[str, list[str]] = {}
    for raw in text.splitlines():
        line, _ = strip_comment(raw)
        if not line:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = re.findall(r"\[([^\]]+)\]", line)
        name = line.split("[")[0].split("{")[0].strip()
        if not codes or not name:
            continue
        for word in _expand(name, subs):
            noun = word.strip("_").replace("_", " ").lower()
            if noun and re.fullmatch(r"[a-z][a-z '\-]*", noun):
                for code in codes:
                    code = code.strip()
                    if code and code not in out.setdefault(noun, []):
                        out[noun].append(code)
    return {k: tuple(v) for k, v in out.items()}


def _expand(name: str, subs: dict[str, list[str]]) -> list[str]:
    for key, words in subs.items():
        if key in name:
            return [w for word in words for w in _expand(name.replace(key, word, 1), subs)]
    return [name]


# --- actors -------------------------------------------------------------------------

DATE = re.compile(r"^\d{6}$")


def _date(yymmdd: str) -> str:
    """Return ISO date of a dictionary date; two-digit years up to 29 are 20xx.

    >>> _date("060901"), _date("680101")
    ('2006-09-01', '1968-01-01')
    """
    yy = int(yymmdd[:2])
    century = 2000 if yy <= 29 else 1900
    return f"{century + yy:04d}-{yymmdd[2:4]}-{yymmdd[4:6]}"


def parse_role(text: str) -> tuple[str, str | None, str | None] | None:
    """Return (code, from, to) of ``[CODE]``, ``[CODE >YYMMDD]``, ``[CODE <D]``, ``[CODE D-D]``.

    >>> parse_role("[VENGOV >060901]"), parse_role("[HNDGOV 980127-020127]")
    (('VENGOV', '2006-09-01', None), ('HNDGOV', '1998-01-27', '2002-01-27'))
    """
    parts = text.strip().strip("[]").split()
    if not parts or not re.fullmatch(r"[A-Z0-9~]+", parts[0]):
        return None
    code = parts[0]
    if len(parts) == 1:
        return code, None, None
    span = parts[1]
    if span.startswith(">") and DATE.match(span[1:]):
        return code, _date(span[1:]), None
    if span.startswith("<") and DATE.match(span[1:]):
        return code, None, _date(span[1:])
    a, _, b = span.partition("-")
    if DATE.match(a) and DATE.match(b):
        return code, _date(a), _date(b)
    return None


def _name(raw: str) -> str:
    words = raw.strip("+").strip("_").replace("_", " ").split()
    return " ".join(w if any(c.isdigit() for c in w) else w.capitalize() for w in words)


def parse_actors(text: str, dictionary: str) -> list[dict]:
    """Return the actors of a Phoenix actor dictionary: name, aliases, dated roles."""
    actors: list[dict] = []
    current: dict | None = None
    for raw in text.splitlines():
        if raw.startswith("#"):
            continue
        line, _ = strip_comment(raw)
        if not line:
            continue
        head = line.split("[")[0].strip()
        roles = [r for r in (parse_role(m) for m in re.findall(r"\[[^\]]*\]", line)) if r]
        if head and not raw[0].isspace() and not head.startswith("+"):
            current = {"label": _name(head), "aliases": [], "roles": [], "dictionary": dictionary}
            actors.append(current)
        elif head.startswith("+") and current is not None:
            alias = _name(head)
            if alias and alias != current["label"] and alias not in current["aliases"]:
                current["aliases"].append(alias)
        if current is not None:
            current["roles"].extend(list(r) for r in roles)
    # only actors with a dated role: the undated ones (countries, bodies) are what the
    # curated gazetteer already knows; the dated ones answer "who held which office when"
    return [a for a in actors if a["label"] and any(r[1] or r[2] for r in a["roles"])]



# --- writing ------------------------------------------------------------------------


def write_agents(agents: dict[str, tuple[str, ...]], head: list[str]) -> str:
    """Return the text of derived_agents.tsv."""
    lines = [*head, "# noun\tcodes (CAMEO sector; '~COP': after a country code, 'IGO~': before)"]
    lines += [f"{noun}\t{' '.join(codes)}" for noun, codes in sorted(agents.items())]
    return "\n".join(lines) + "\n"


def _roles_cell(roles: list[list]) -> str:
    return "; ".join(f"{code} {start or '-'} {end or '-'}" for code, start, end in roles)


def write_actors(actors: list[dict], head: list[str]) -> str:
    """Return the text of derived_actors.tsv (one actor a line, sorted)."""
    columns = "label, dictionary, roles ('CODE FROM TO; …', '-' an open end), aliases ('|')"
    lines = [*head, f"# {columns}"]
    merged: dict[tuple[str, str, str], list[str]] = {}
    for actor in actors:  # the dictionaries list some people twice: one line, all aliases
        key = (actor["label"], actor["dictionary"], _roles_cell(actor["roles"]))
        aliases = merged.setdefault(key, [])
        aliases.extend(a for a in actor["aliases"] if a not in aliases)
    for key in sorted(merged):
        lines.append("\t".join((*key, "|".join(merged[key]))))
    return "\n".join(lines) + "\n"
