"""quotes.extract.continuing: who goes on speaking as he or she, through the extractor."""

from __future__ import annotations

from conftest import run

from quotes.extract.continuing import inside


def test_inside() -> None:
    assert inside(5, [(0, 3), (4, 6)])
    assert not inside(6, [(0, 3), (4, 6)])  # ends are open


def test_a_quoted_speaker_goes_on_as_she_until_another_is_the_subject(extractor) -> None:
    goes_on = run(extractor, '"The wards are full," said Dr. Ann Lee, who runs the clinic.\n\n'
                             '"We need more beds," she said.')
    assert goes_on[-1].speaker.name == "Ann Lee"
    interrupted = run(extractor, '"The wards are full," said Dr. Ann Lee, who runs the clinic. '
                                 'Mayor Ruth Vance attended.\n\n"We need more beds," she said.')
    assert interrupted[-1].speaker.name == "Ruth Vance"


def test_an_unnamed_speaker_goes_on_only_while_no_one_else_is_the_subject(extractor) -> None:
    gone_on = run(extractor, 'One parent said she had priced private lessons.\n\n'
                             '"That is not happening on my salary," she said.')
    assert (gone_on[-1].speaker.name, gone_on[-1].speaker.role) == (None, "parent")
    interrupted = run(extractor, 'One parent said she had priced private lessons. Trustee Ann '
                                 'Lee voted against the cuts.\n\n"That is not fair," she said.')
    assert interrupted[-1].speaker.role != "parent"
