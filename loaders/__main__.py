"""`python -m loaders COMMAND` (ingest, coverage, build, demo, export, figures, accuracy, …): the commands live in cli/."""
import sys

from cli.main import main

if __name__ == "__main__":
    sys.exit(main())
