"""``python -m bonetracker`` runs the same command as the ``bonetracker`` script."""

import sys

from bonetracker.entry import main

sys.exit(main())
