"""Evaluation: gold readers (``gold``, ``brat``), scoring rules (``scoring``), running systems
and reporting (``evaluation``) and the ``quotes eval`` command (``commands``)."""
