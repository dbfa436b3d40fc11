"""The fleet: many workers on one frontier (scrapy-redis), one Postgres, nothing lost when a worker dies.

``newscrawl crawl --due --distributed`` opens a run per due site (ledger row, shared lease) and queues its
discovery requests in Redis; ``newscrawl worker`` processes, on any host, take requests of every active run,
fetch and store them, and queue the links they find. See docs/scaling.md.

Modules: ``frontier`` (the Redis state, pure), ``serializer``, ``connection``, ``scheduler`` (the Scrapy
scheduler over the frontier), ``ledger`` (the shared run in Postgres), ``politeness`` (fleet-wide per-domain
slots and robots.txt), ``enqueue`` (opening runs), ``worker`` (the long-lived process).
"""
