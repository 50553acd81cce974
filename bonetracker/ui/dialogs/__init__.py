"""Dialogs opened from the menus and pages: about, errors, import, patient, settings, welcome."""
