"""What every page is built from: the Page and UnsavedForm protocols, the entry section and table."""
