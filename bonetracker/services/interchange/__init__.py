"""Import and export: the CSV formats, one handler per kind, all-or-nothing imports.
Independent of services.queries; entity services never import this package."""
