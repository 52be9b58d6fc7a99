"""Write ``extractors/data/given_names.txt``: the given names written out in the author fields
of AnyStyle's labelled reference strings (``../shared/references/anystyle/``, BSD licence, see
``extractors/data/anystyle_LICENSE.txt``).

``python scripts/make_given_names.py [--shared PATH]``. The person-name constituent uses the
list where one word decides between a person and a thing: ``Doris Day`` is a person because
``Doris`` is a given name, ``Harvest Day`` is a day.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_references import given_names, write_anystyle_list  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "extractors" / "data" / "given_names.txt"


def main() -> None:
    header = (
        "# Given names written out in the author fields of AnyStyle's labelled reference\n"
        "# strings (BSD licence: anystyle_LICENSE.txt); made by scripts/make_given_names.py.\n"
    )
    write_anystyle_list(__doc__.splitlines()[0], given_names, OUT, header, "given names")


if __name__ == "__main__":
    main()
