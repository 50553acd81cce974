"""The Scans page: the DXA visit form and the visit table."""
