"""Entry script of the frozen application: the same ``main`` as the ``counter-app`` console script."""

import sys

from counter_app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
