"""The registry stage: load figures.yaml with positions (load, yamlmarks), check it (check),
show figures (show)."""
