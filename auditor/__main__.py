"""``python -m auditor`` runs the command line, like the ``auditor`` command."""

from auditor.cli import main

main()
