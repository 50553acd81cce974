"""Read-only use cases that gather data for a view: the plan, chart series, report data, the patient
overview. They may import entity services, never interchange or demo."""
