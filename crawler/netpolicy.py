"""Which network addresses the crawler may connect to (the SSRF guard's rules; pure, no I/O).

A page on the open web can link, redirect or embed anything: the cloud metadata service at 169.254.169.254,
a database on 10.0.0.5, an admin panel on 127.0.0.1. Only public addresses are fetched, unless an operator
names a network in ``NEWSCRAWL_ALLOWED_NETWORKS`` (an intranet site, a local test web).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class BadNetworks(ValueError):
    """NEWSCRAWL_ALLOWED_NETWORKS holds something that is not a CIDR network."""


def parse_networks(spec: str | None) -> tuple[Network, ...]:
    """``"10.1.0.0/16, 127.0.0.1, ::1/128"`` -> networks; a bare address is a network of one."""
    networks = []
    for part in (spec or "").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            networks.append(ipaddress.ip_network(part, strict=False))
        except ValueError:
            raise BadNetworks(f"NEWSCRAWL_ALLOWED_NETWORKS: {part!r} is not a CIDR network") from None
    return tuple(networks)


def parse_address(text: str) -> Address | None:
    """An IP address from a URL host or a resolver answer (``[::1]``, ``fe80::1%eth0``); None for names."""
    host = text.strip().strip("[]").split("%", 1)[0]
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    return ip


def _kind(ip: Address) -> str | None:
    """Why ``ip`` is not a public unicast address, or None when it is one."""
    checks = (
        ("loopback", ip.is_loopback),
        ("unspecified", ip.is_unspecified),
        ("link-local", ip.is_link_local),  # 169.254.169.254: cloud metadata services
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
    )
    for kind, hit in checks:
        if hit:
            return kind
    # Shared address space (100.64.0.0/10), documentation and benchmark ranges, 6to4 relays and the like.
    return None if ip.is_global else "not public"


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    allowed: tuple[Network, ...] = ()

    @classmethod
    def from_spec(cls, spec: str | None) -> AddressPolicy:
        return cls(parse_networks(spec))

    def refusal(self, address: str) -> str | None:
        """None when ``address`` may be connected to, else why not (``"10.0.0.1 is private"``)."""
        ip = parse_address(address)
        if ip is None:
            return f"{address!r} is not an IP address"
        if any(ip.version == net.version and ip in net for net in self.allowed):
            return None
        kind = _kind(ip)
        return f"{ip} is {kind}" if kind else None

    def first_refusal(self, addresses: list[str]) -> str | None:
        """Every answer must pass: a name that resolves to one public and one private address is refused."""
        for address in addresses:
            reason = self.refusal(address)
            if reason:
                return reason
        return None
