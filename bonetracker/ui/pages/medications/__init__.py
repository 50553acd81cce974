"""The Medications page: courses, with stopping a course."""
