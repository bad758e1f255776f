"""Moved to ``opleider_desk/words/labels.py``, which the command line shares.

Kept only while the 0.2 branches written before the move merge: nothing in the
package imports it (tests/test_import_rules.py), and it goes once they are in.
"""

from ..words.labels import *  # noqa: F403
