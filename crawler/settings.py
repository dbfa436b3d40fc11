"""Scrapy settings only. Values that depend on the environment come from ``crawler.config``."""

from crawler.config import config_or_exit

_config = config_or_exit()  # a bad setting is one line and exit 2, also under `scrapy crawl`

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"  # `scrapy crawl` with newscrawl's exit codes

USER_AGENT = "newscrawl/0.1 (+https://github.com/newscrawl/newscrawl; news aggregator research crawler)"
ROBOTSTXT_OBEY = True

# Polite by default; a site profile may override through its `settings` table.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 8
DOWNLOAD_DELAY = 0.0
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
AUTOTHROTTLE_ENABLED = False
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = _config.log_level

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.ReplayProxyMiddleware": 700,  # before HttpProxyMiddleware (750)
    "crawler.incremental.ConditionalRequestsMiddleware": 560,
}
SPIDER_MIDDLEWARES = {
    "crawler.incremental.KnownArticlesMiddleware": 100,
}

EXTENSIONS = {
    "crawler.extensions.RunLedger": 100,
}

ITEM_PIPELINES = {
    "crawler.pipelines.process.ProcessPipeline": 300,
    "crawler.pipelines.persist.PersistPipeline": 800,
}

# newscrawl settings (read by our components through crawler.settings).
NEWSCRAWL_DATABASE_URL = _config.database_url
NEWSCRAWL_REPLAY_PROXY = _config.replay_proxy
NEWSCRAWL_KEEP_RAW_HTML = _config.keep_raw_html
NEWSCRAWL_DEDUP_THRESHOLD = _config.dedup_threshold
NEWSCRAWL_LOCK_DIR = _config.lock_dir
NEWSCRAWL_SPOOL_DIR = _config.spool_dir
NEWSCRAWL_PERSIST_BATCH = 50
NEWSCRAWL_RUN_TRIGGER = "manual"
NEWSCRAWL_INCREMENTAL = True  # conditional requests + no refetch of stored articles

# scrapy-playwright's download handler is switched on per spider (SiteSpider.update_settings) for profiles
# with render = "browser": it starts a Playwright driver process per crawler, which plain sites don't need.
PLAYWRIGHT_DOWNLOAD_HANDLERS = {
    "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
    "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
}
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = {
    "executable_path": _config.chromium_path,
    "headless": True,
    "args": [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ],
    **({"proxy": {"server": _config.replay_proxy}} if _config.replay_proxy else {}),
}
PLAYWRIGHT_MAX_CONTEXTS = 2
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 20_000
PLAYWRIGHT_RESTART_DISCONNECTED_BROWSER = True
PLAYWRIGHT_ABORT_REQUEST = "crawler.browser.abort_request"  # no images, media or fonts
PLAYWRIGHT_PROCESS_REQUEST_HEADERS = (
    "crawler.browser.request_headers"  # no If-None-Match: 304 aborts Chromium
)
NEWSCRAWL_BROWSER_WAIT_TIMEOUT = 15_000  # ms for a profile's wait_for selector (crawler.browser)
