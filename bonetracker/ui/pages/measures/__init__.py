"""The Measurements page: heights and function tests (with a timer for the physiotherapist), lab
results, and the FRAX worksheet with the results typed back from the official calculator.

``page`` lays the three sections out as inner tabs; ``tests_section``, ``labs_section`` and
``frax_section`` are :class:`~bonetracker.ui.pages.base.entry_section.EntrySection` s; ``runner``
is the test-runner dialog; ``readings`` words what a table cell says (no Qt).
"""
