"""quotes: who said what in English news text.

>>> import quotes
>>> records = quotes.extract('"We are leaving," the minister said.')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from quotes.records import Cue, Quote, Span, Speaker, quote_schema

# The pipeline's subpackage is ``quotes/extract/``, and ``quotes.extract`` is also the public
# function below.  Importing a subpackage binds its name on the parent once, when it is first
# loaded; loading it here, before the function is defined, leaves the name to the function.
# ``from quotes.extract import marks`` still works (it goes through ``sys.modules``).
importlib.import_module("quotes.extract")

if TYPE_CHECKING:
    from quotes.pipeline import Extractor

__all__ = ["Cue", "Extractor", "Quote", "Span", "Speaker", "extract", "quote_schema"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # The pipeline imports spaCy; load it only when asked for.
    if name == "Extractor":
        from quotes.pipeline import Extractor

        return Extractor
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")


def extract(text: str, doc_id: str | None = None) -> list[Quote]:
    """Extract every quotation in ``text`` with the default model."""
    from quotes.pipeline import default_extractor

    return default_extractor().extract(text, doc_id=doc_id)
