"""`python -m newsfacts`: the same as the `newsfacts` command."""

import sys

from .io.cli import main

if __name__ == "__main__":
    sys.exit(main())
