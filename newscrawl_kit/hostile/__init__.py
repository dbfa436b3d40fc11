"""A hostile web for the hardening tests and ``bench/hostile.py``: bombs, giants, traps, SSRF redirects,
failing and slow servers, served on 127.0.0.1 (see ``server`` and ``web``)."""
