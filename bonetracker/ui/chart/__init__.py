"""The chart view: scan history against WHO bands, with what happened between scans."""
