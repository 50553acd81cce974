"""The Workouts page: the weekly adherence strip over the workout form and table."""
