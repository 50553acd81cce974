"""The window around the pages: the main window, its menus and the patient list."""
