"""FHIR R4 export and import: a patient's record as a ``Bundle`` (type collection) and back.

Modules: :mod:`.codes` (every LOINC, SNOMED CT, UCUM and ATC code used, with its source),
:mod:`.writer` (record -> Bundle), :mod:`.loading` (size, UTF-8, JSON and depth checks),
:mod:`.reader` (Bundle -> findings, refusing malformed values with the resource's path),
:mod:`.importing` (findings -> an all-or-nothing,
idempotent write through the scans import's merge rules). May import domain, storage
(through the repositories and ``storage.database``) and the other interchange modules; no Qt.
"""
