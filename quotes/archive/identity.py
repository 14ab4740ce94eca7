"""The speaker identity rule (``quotes.archive.speakers``, ``quotes.archive.entries``) applied
to the database.

Each article's named speakers are stored as they were grouped inside the article
(``article_speakers``, rule 3); the ``speakers`` entries are then worked out again, from every
stored mention of the surnames (or organisation names) an article touched, so the entries are
a function of the set of articles in the archive and never of the order they came in (rule 5).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from quotes.archive.entries import Entry, Mention, named_entry, person_entries
from quotes.archive.speakers import Cluster, cluster_quotes, norm_key, parse_name
from quotes.records import Quote


@dataclass
class Touched:
    """The speaker groups and organisations a change may have altered."""

    surnames: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # name keys of organisations and groups
    organizations: set[int] = field(default_factory=set)

    def add_document(self, conn: sqlite3.Connection, document_id: int) -> None:
        """Everything an article stored refers to (call before it is deleted)."""
        for surname, key in conn.execute("SELECT surname, name_key FROM article_speakers"
                                         " WHERE document_id = ?", (document_id,)):
            self.add_group(surname, key)
        self.organizations |= {r[0] for r in conn.execute(
            "SELECT organization_id FROM quotes WHERE document_id = ?1 AND organization_id IS"
            " NOT NULL UNION SELECT r.organization_id FROM speaker_roles r JOIN article_speakers"
            " a ON a.id = r.article_speaker_id WHERE a.document_id = ?1 AND r.organization_id"
            " IS NOT NULL", (document_id,))}

    def add_group(self, surname: str | None, name_key: str) -> None:
        if surname is None:
            self.names.add(name_key)
        else:
            self.surnames.add(surname)


def organization_id(conn: sqlite3.Connection, name: str | None,
                    touched: Touched | None = None) -> int | None:
    """The organisation row of a name as written, made if new (its display name is settled by
    ``settle``)."""
    key = norm_key(name)
    if not key:
        return None
    conn.execute("INSERT OR IGNORE INTO organizations (name, name_key) VALUES (?, ?)",
                 (" ".join((name or "").split()), key))
    (found,) = conn.execute("SELECT id FROM organizations WHERE name_key = ?", (key,)).fetchone()
    if touched is not None:
        touched.organizations.add(int(found))
    return int(found)


def store_article_speakers(conn: sqlite3.Connection, document_id: int,
                           quotes: Sequence[Quote], touched: Touched) -> list[int | None]:
    """Rule 3 for one article: its groups, their aliases and roles; each quote's group row."""
    clusters, owner = cluster_quotes(quotes)
    rows: list[int] = []
    for seq, cluster in enumerate(clusters):
        rows.append(_insert_group(conn, document_id, seq, cluster))
        touched.add_group(cluster.surname if cluster.is_person else None, cluster.key)
        conn.executemany("INSERT OR IGNORE INTO speaker_aliases VALUES (?, ?, ?)",
                         [(rows[-1], alias, key) for key, alias in cluster.aliases.items()])
        roles = set()
        for quote in (q for q, o in zip(quotes, owner, strict=True) if o == seq):
            sp = quote.speaker
            roles.add((sp.title or parse_name(sp.name or "").title, sp.role,
                       organization_id(conn, sp.organization, touched)))
        conn.executemany("INSERT INTO speaker_roles (article_speaker_id, title, role,"
                         " organization_id) VALUES (?, ?, ?, ?)",
                         [(rows[-1], *r) for r in sorted(roles, key=str) if any(r)])
    return [rows[n] if n is not None else None for n in owner]


def _insert_group(conn: sqlite3.Connection, document_id: int, seq: int, cluster: Cluster) -> int:
    person = cluster.is_person
    cursor = conn.execute(
        "INSERT INTO article_speakers (document_id, seq, type, name, name_key, first_name,"
        " surname, gender) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (document_id, seq, cluster.type, cluster.display, cluster.key,
         cluster.first if person else None, cluster.surname if person else None,
         cluster.gender if person else None))
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def settle(conn: sqlite3.Connection, touched: Touched) -> None:
    """Work out again the entries of every touched group, and tidy the organisations."""
    for surname in sorted(touched.surnames):
        mentions, current = _mentions(conn, "a.surname = ?", surname)
        _store_entries(conn, person_entries(surname, mentions), current, "surname = ?", surname)
    for key in sorted(touched.names):
        mentions, current = _mentions(conn, "a.surname IS NULL AND a.name_key = ?", key)
        _store_entries(conn, [named_entry(key, mentions)] if mentions else [], current,
                       "surname IS NULL AND name_key = ?", key)
    for org in sorted(touched.organizations):
        _settle_organization(conn, org)


def _mentions(conn: sqlite3.Connection, where: str, value: str
              ) -> tuple[list[Mention], dict[int, int | None]]:
    """The stored mentions of one group, and the entry each is linked to now."""
    orgs: dict[int, set[str]] = {}
    for ref, org in conn.execute(
            "SELECT a.id, o.name_key FROM article_speakers a JOIN speaker_roles r ON"
            " r.article_speaker_id = a.id JOIN organizations o ON o.id = r.organization_id"
            f" WHERE {where}", (value,)):
        orgs.setdefault(ref, set()).add(org)
    mentions, current = [], {}
    for ref, doc_id, seq, type_, name, first, gender, speaker_id in conn.execute(
            "SELECT a.id, d.doc_id, a.seq, a.type, a.name, a.first_name, a.gender, a.speaker_id"
            f" FROM article_speakers a JOIN documents d ON d.id = a.document_id WHERE {where}",
            (value,)):
        mentions.append(Mention(ref, doc_id, seq, type_, name, first, gender,
                                frozenset(orgs.get(ref, ()))))
        current[ref] = speaker_id
    return mentions, current


def _store_entries(conn: sqlite3.Connection, entries: Iterable[Entry],
                   current: dict[int, int | None], where: str, value: str) -> None:
    """Make the speakers rows of one group match ``entries`` (same key, same row), and link
    the mentions whose entry changed."""
    existing = dict(conn.execute(f"SELECT key, id FROM speakers WHERE {where}", (value,)))
    kept = set()
    for entry in entries:
        values = (entry.name, entry.type, entry.first, entry.surname, norm_key(entry.name))
        if entry.key in existing:
            speaker_id = existing[entry.key]
            conn.execute("UPDATE speakers SET name = ?, type = ?, first_name = ?, surname = ?,"
                         " name_key = ? WHERE id = ?", (*values, speaker_id))
        else:
            speaker_id = conn.execute("INSERT INTO speakers (key, name, type, first_name, surname,"
                                      " name_key) VALUES (?, ?, ?, ?, ?, ?)",
                                      (entry.key, *values)).lastrowid
        kept.add(entry.key)
        moved = [(speaker_id, m.ref) for m in entry.members if current[m.ref] != speaker_id]
        conn.executemany("UPDATE article_speakers SET speaker_id = ? WHERE id = ?", moved)
        conn.executemany("UPDATE quotes SET speaker_id = ? WHERE article_speaker_id = ?", moved)
    conn.executemany("DELETE FROM speakers WHERE id = ?",
                     [(i,) for key, i in existing.items() if key not in kept])


def _settle_organization(conn: sqlite3.Connection, org: int) -> None:
    """The spelling most used for it (ties: the first in sort order), or gone when unused."""
    spellings = [" ".join(name.split()) for (name,) in conn.execute(
        "SELECT speaker_organization FROM quotes WHERE organization_id = ?", (org,))]
    used = spellings or conn.execute("SELECT 1 FROM speaker_roles WHERE organization_id = ?"
                                     " LIMIT 1", (org,)).fetchall()
    if not used:
        conn.execute("DELETE FROM organizations WHERE id = ?", (org,))
    elif spellings:
        name = min(set(spellings), key=lambda s: (-spellings.count(s), s))
        conn.execute("UPDATE organizations SET name = ? WHERE id = ?", (name, org))
