"""Scrapy settings only. Values that depend on the environment come from ``crawler.config``."""

from crawler.browser import QUIET_CHROMIUM_FLAGS
from crawler.config import config_or_exit
from crawler.limits import MAX_URL_LENGTH, WARN_PAGE_BYTES

_config = config_or_exit()  # a bad setting is one line and exit 2, also under `scrapy crawl`

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"  # `scrapy crawl` with newscrawl's exit codes

# Polite by default (docs: README "Security and limits"); a site profile may override any of these through
# its `settings` table, and the replay web's profiles do (it is ours, on 127.0.0.1).
USER_AGENT = f"newscrawl/0.1 (+{_config.contact_url})"
ROBOTSTXT_OBEY = True
ROBOTSTXT_USER_AGENT = "newscrawl"  # the product token robots.txt groups are matched against
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.0  # AutoThrottle paces each site by its latency; robots.txt Crawl-delay is a floor
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
NEWSCRAWL_OBEY_CRAWL_DELAY = True
NEWSCRAWL_MAX_CRAWL_DELAY = 60.0  # a longer Crawl-delay is capped (and said so in the log)
NEWSCRAWL_ROBOTS_TIMEOUT = 15.0  # seconds; a robots.txt that does not answer means "disallow" this run
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
# Backoff (crawler.backoff): Retry-After honoured on 429/503, else exponential pauses with jitter per host;
# a host failing this many requests in a row ends the site's run early.
NEWSCRAWL_BACKOFF_BASE = 1.0
NEWSCRAWL_BACKOFF_MAX = 60.0
NEWSCRAWL_MAX_RETRY_AFTER = 300.0
NEWSCRAWL_MAX_FAILURES = 8
COOKIES_ENABLED = False
# No way into a running crawl: Scrapy's telnet console and its HTTP remote-control (code execution) endpoint.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# Limits for hostile or broken sites (crawler.limits). Scrapy applies DOWNLOAD_MAXSIZE to what it
# decompresses too (gzip, deflate, brotli, zstd); the spider applies it to a sitemap's own gzip layer.
DOWNLOAD_MAXSIZE = _config.max_page_bytes
DOWNLOAD_WARNSIZE = WARN_PAGE_BYTES
URLLENGTH_LIMIT = MAX_URL_LENGTH
REDIRECT_MAX_TIMES = 10
NEWSCRAWL_MAX_SITEMAP_DEPTH = 3  # sitemap indexes nested deeper than this are a trap
NEWSCRAWL_MAX_SITEMAPS = 500  # sitemaps fetched per run and site
NEWSCRAWL_ALLOWED_NETWORKS = _config.allowed_networks  # SSRF guard: networks allowed besides public ones
TWISTED_DNS_RESOLVER = "crawler.resolver.GuardedResolver"  # the guard again, at connect time

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = _config.log_level

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

DOWNLOADER_MIDDLEWARES = {
    # process_request runs in ascending order, process_response/process_exception in descending order.
    "crawler.middlewares.SsrfGuardMiddleware": 50,  # every request and redirect hop, before robots.txt
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.RobotsTxtMiddleware": 100,  # RFC 9309
    "crawler.middlewares.BackoffMiddleware": 555,  # sees 429/503 before RetryMiddleware (550) retries them
    "crawler.incremental.ConditionalRequestsMiddleware": 560,
    "crawler.middlewares.ReplayProxyMiddleware": 700,  # before HttpProxyMiddleware (750)
}
SPIDER_MIDDLEWARES = {
    "crawler.incremental.KnownArticlesMiddleware": 100,
}

EXTENSIONS = {
    "crawler.extensions.RunLedger": 100,
    "scrapy.extensions.throttle.AutoThrottle": None,
    "crawler.throttle.PoliteThrottle": 0,  # AutoThrottle that keeps robots.txt Crawl-delay as a floor
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
NEWSCRAWL_PROCESS_WORKERS = None  # processes extracting pages off the reactor (None: cores less one; 0: none)
# Responses waiting in the scraper (for the processing workers) before the engine stops sending requests: the
# back-pressure from processing to the scheduler. Scrapy's 5 MB per site held thousands of pages (each costs
# far more than its body: response, request, decoded page); 100 KB: a few dozen news pages per site.
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 100_000
# Items (and requests) of one response handled at once. Scrapy's 100 costs 100 asyncio tasks per response
# (0.8 ms of the reactor's CPU, more than a page's own handling) while our callbacks yield one page, or
# requests, which are queued synchronously anyway; 4 costs 0.1 ms.
CONCURRENT_ITEMS = 4
NEWSCRAWL_MAX_UNSTORED = 100  # pages fetched and not yet stored before fetching pauses (back-pressure)
NEWSCRAWL_RUN_TRIGGER = "manual"
NEWSCRAWL_LEASE_SECONDS = 60.0  # a run's lease expires this long after its last renewal
NEWSCRAWL_HEARTBEAT_SECONDS = 10.0  # how often a run checks its lock and renews its lease
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
    "args": ["--no-sandbox", "--disable-gpu", "--disable-quic", *QUIET_CHROMIUM_FLAGS],
    **({"proxy": {"server": _config.replay_proxy}} if _config.replay_proxy else {}),
}
PLAYWRIGHT_MAX_CONTEXTS = 2
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 20_000
PLAYWRIGHT_RESTART_DISCONNECTED_BROWSER = True
# No images, media or fonts; for a crawl, no request to a refused address either (SiteSpider sets a
# crawler.browser.RequestGuard with the crawl's NEWSCRAWL_ALLOWED_NETWORKS).
PLAYWRIGHT_ABORT_REQUEST = "crawler.browser.abort_request"
PLAYWRIGHT_PROCESS_REQUEST_HEADERS = (
    "crawler.browser.request_headers"  # no If-None-Match: 304 aborts Chromium
)
NEWSCRAWL_BROWSER_WAIT_TIMEOUT = 15_000  # ms for a profile's wait_for selector (crawler.browser)
