"""The guidance rules, one module per area; `guidance.RULES` lists them in the order they run."""
