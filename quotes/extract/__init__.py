"""The rule-plus-model extraction pipeline, one module per step in reading order.

marks → cues (lexicon) → attribution, signatures → reported → mentions → resolve (coref) →
confidence, all driven per document by ``document.extract_quotes`` over a ``segments.TextView``.
Lexicons and trained weights live in ``data/``.
"""
