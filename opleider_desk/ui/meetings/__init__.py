"""The meetings tab: planning, the guided form, agreements, IOP and the report."""
