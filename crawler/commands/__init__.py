"""Scrapy commands of the project (``COMMANDS_MODULE``): ``scrapy crawl`` with newscrawl's exit codes."""
