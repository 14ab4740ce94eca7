"""The SQLite archive: schema and writing (``store``), speaker identity across articles
(``speakers``), indexing and queries (``index``) and their commands (``commands``)."""
