"""What comes in and what goes out: reading inputs, cleaning text for the parser with offsets
mapped back, writing records (JSONL, JSON, CSV, table, HTML) and the commands' shared console."""
