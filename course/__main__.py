"""`python -m course`: the same command line as `course`.

The guard matters: Panel's /components/ route used to import any module a URL named, and
importing this one ran `course serve` again inside the live server (see course/web/components.py).
"""
import sys

from course.cli import main

if __name__ == "__main__":
    sys.exit(main())
