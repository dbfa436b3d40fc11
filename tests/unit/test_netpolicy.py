"""The SSRF guard's address rules (crawler.netpolicy), and the guard middleware on real resolutions."""

from __future__ import annotations

import asyncio

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.test import get_crawler

from crawler.middlewares import SsrfGuardMiddleware
from crawler.netpolicy import AddressPolicy, BadNetworks, parse_networks

REFUSED = {
    "127.0.0.1": "loopback",
    "127.8.9.10": "loopback",
    "::1": "loopback",
    "[::1]": "loopback",
    "::ffff:127.0.0.1": "loopback",  # an IPv4-mapped IPv6 address is its IPv4 address
    "10.0.0.1": "private",
    "172.16.5.4": "private",
    "192.168.1.1": "private",
    "fc00::1": "private",
    "169.254.169.254": "link-local",  # cloud metadata
    "fe80::1%eth0": "link-local",
    "224.0.0.251": "multicast",
    "0.0.0.0": "unspecified",
    "100.64.0.1": "not public",  # carrier-grade NAT
    "240.0.0.1": "reserved",
}


@pytest.mark.parametrize(("address", "kind"), REFUSED.items())
def test_non_public_addresses_are_refused(address: str, kind: str) -> None:
    reason = AddressPolicy().refusal(address)
    assert reason is not None and reason.endswith(f"is {kind}")


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_pass(address: str) -> None:
    assert AddressPolicy().refusal(address) is None


def test_allowed_networks_open_only_themselves() -> None:
    policy = AddressPolicy.from_spec(" 10.20.0.0/16, 127.0.0.1 ,::1/128")
    assert policy.refusal("10.20.3.4") is None and policy.refusal("127.0.0.1") is None
    assert policy.refusal("::1") is None
    assert policy.refusal("10.21.0.1") == "10.21.0.1 is private"
    assert policy.refusal("127.0.0.2") == "127.0.0.2 is loopback"


def test_every_answer_must_pass() -> None:
    assert AddressPolicy().first_refusal(["93.184.215.14", "10.0.0.1"]) == "10.0.0.1 is private"
    assert AddressPolicy().first_refusal([]) is None  # nothing resolved: the download fails on its own


def test_bad_networks_are_one_line() -> None:
    with pytest.raises(BadNetworks, match=r"^NEWSCRAWL_ALLOWED_NETWORKS: 'ten' is not a CIDR network$"):
        parse_networks("10.0.0.0/8,ten")
    assert parse_networks("") == () and parse_networks(None) == ()


def _guard(**settings: str) -> SsrfGuardMiddleware:
    return SsrfGuardMiddleware.from_crawler(get_crawler(settings_dict=settings))


def _check(guard: SsrfGuardMiddleware, url: str) -> None:
    asyncio.run(guard.process_request(Request(url)))


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/",
        "http://localhost/",
        "http://[::1]/x",
        "http://169.254.169.254/latest/meta-data/",
    ],
)
def test_the_middleware_refuses_private_hosts_and_names(url: str) -> None:
    with pytest.raises(IgnoreRequest, match="blocked"):
        _check(_guard(), url)


def test_the_middleware_lets_allowed_networks_and_replay_hosts_through() -> None:
    _check(_guard(NEWSCRAWL_ALLOWED_NETWORKS="127.0.0.0/8,::1"), "http://localhost:9/")
    _check(
        _guard(NEWSCRAWL_REPLAY_PROXY="http://127.0.0.1:9"), "http://mogaz.test/news/1"
    )  # sent to the proxy
    _check(_guard(), "http://nothing.invalid/")  # resolves to nothing: the download fails on its own
