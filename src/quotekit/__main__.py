"""``python -m quotekit``: the command line."""

from .cli import run

run()
