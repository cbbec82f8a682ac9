"""`python -m cli COMMAND`: the same commands as `python -m loaders COMMAND`."""
import sys

from cli.main import main

if __name__ == "__main__":
    sys.exit(main())
