"""The Plan page: where the bones stand, whether it is working, what to do next."""
