"""The extraction logic, as pure functions over spaCy ``Doc`` and ``Span`` objects.

The spaCy components in :mod:`newsgraph.components` only wrap these functions.
"""
