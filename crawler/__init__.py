"""The Scrapy project package of newscrawl."""
