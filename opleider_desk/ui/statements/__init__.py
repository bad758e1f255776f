"""The quarterly statement: the dialog to print and sign it, and the code check."""
