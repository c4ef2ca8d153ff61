"""Start-up baseline: the smallest argparse CLI with one subcommand that prints its argument."""

import argparse
import sys


def main() -> int:
    parser = argparse.ArgumentParser(prog="baseline")
    commands = parser.add_subparsers(dest="command", required=True)
    echo = commands.add_parser("echo", help="print the text")
    echo.add_argument("text")
    args = parser.parse_args()
    sys.stdout.write(args.text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
