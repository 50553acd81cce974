"""BoneTracker: an offline bone-health tracker for people with osteopenia or osteoporosis."""

__version__ = "0.1.0"
