"""``python -m sumber`` runs the CLI."""

from sumber.cli import main

main()
