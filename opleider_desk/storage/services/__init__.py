"""One service per area; each user action is one method and one ``Store.write``.

Reads return domain entities, never ORM rows, so the UI cannot write behind
the store's back.
"""
