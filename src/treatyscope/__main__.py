"""``python -m treatyscope``: the command-line interface."""

from treatyscope.cli import main

if __name__ == "__main__":
    main()
