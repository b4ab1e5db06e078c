import { isIPv4, isIPv6 } from 'node:net';

/**
 * Which IP addresses a webhook may never be sent to (outside development): anything that is not
 * a public unicast address, so an endpoint URL cannot make the worker reach loopback services,
 * the private network, cloud metadata (169.254.169.254) or a NAT gateway. IPv6 forms that embed
 * an IPv4 address (IPv4-mapped, NAT64, 6to4) are judged by the embedded address.
 */

interface Range {
  base: bigint;
  prefix: number;
  /** 32 or 128. */
  bits: number;
  label: string;
}

const IPV4_RANGES: readonly Range[] = [
  ['0.0.0.0/8', '"this network" (0.0.0.0/8)'],
  ['10.0.0.0/8', 'private (10.0.0.0/8)'],
  ['100.64.0.0/10', 'carrier-grade NAT (100.64.0.0/10)'],
  ['127.0.0.0/8', 'loopback (127.0.0.0/8)'],
  ['169.254.0.0/16', 'link-local (169.254.0.0/16)'],
  ['172.16.0.0/12', 'private (172.16.0.0/12)'],
  ['192.0.0.0/24', 'IETF protocol assignments (192.0.0.0/24)'],
  ['192.0.2.0/24', 'documentation (192.0.2.0/24)'],
  ['192.88.99.0/24', '6to4 relay anycast (192.88.99.0/24)'],
  ['192.168.0.0/16', 'private (192.168.0.0/16)'],
  ['198.18.0.0/15', 'benchmarking (198.18.0.0/15)'],
  ['198.51.100.0/24', 'documentation (198.51.100.0/24)'],
  ['203.0.113.0/24', 'documentation (203.0.113.0/24)'],
  ['224.0.0.0/4', 'multicast (224.0.0.0/4)'],
  ['240.0.0.0/4', 'reserved (240.0.0.0/4, incl. broadcast)'],
].map(([cidr, label]) => toRange(cidr, label, 32));

const IPV6_RANGES: readonly Range[] = [
  ['::/128', 'unspecified (::)'],
  ['::1/128', 'loopback (::1)'],
  ['::/96', 'IPv4-compatible (::/96, deprecated)'],
  ['64:ff9b:1::/48', 'NAT64 local use (64:ff9b:1::/48)'],
  ['100::/64', 'discard-only (100::/64)'],
  ['2001::/23', 'IETF protocol assignments (2001::/23)'],
  ['2001:db8::/32', 'documentation (2001:db8::/32)'],
  ['3fff::/20', 'documentation (3fff::/20)'],
  ['fc00::/7', 'unique-local (fc00::/7)'],
  ['fe80::/10', 'link-local (fe80::/10)'],
  ['fec0::/10', 'site-local (fec0::/10, deprecated)'],
  ['ff00::/8', 'multicast (ff00::/8)'],
].map(([cidr, label]) => toRange(cidr, label, 128));

/** Embeddings whose IPv4 part decides: [range, bit offset of the IPv4 address from the right]. */
const IPV4_EMBEDDINGS: readonly [Range, number][] = [
  [toRange('::ffff:0:0/96', 'IPv4-mapped', 128), 0],
  [toRange('64:ff9b::/96', 'NAT64', 128), 0],
  [toRange('2002::/16', '6to4', 128), 80],
];

const GLOBAL_UNICAST = toRange('2000::/3', 'global unicast', 128);

/**
 * Why an address is forbidden as a webhook target (a short description of its range), or
 * undefined when it is a public unicast address. Unparseable input is forbidden too.
 */
export function forbiddenAddressRange(address: string): string | undefined {
  const text = address.trim().replace(/^\[(.*)\]$/, '$1');
  if (isIPv4(text)) return matchRange(parseIPv4(text), IPV4_RANGES);
  const unzoned = text.split('%')[0];
  if (!isIPv6(unzoned)) return 'not an IP address';
  const value = parseIPv6(unzoned);
  for (const [range, shift] of IPV4_EMBEDDINGS) {
    if (!inRange(value, range)) continue;
    const embedded = (value >> BigInt(shift)) & 0xffff_ffffn;
    const reason = matchRange(embedded, IPV4_RANGES);
    return reason === undefined ? undefined : `${range.label} ${reason}`;
  }
  const reason = matchRange(value, IPV6_RANGES, true);
  if (reason !== undefined) return reason;
  return inRange(value, GLOBAL_UNICAST) ? undefined : 'reserved IPv6 (outside 2000::/3)';
}

/** The most specific range holding the value (ranges are listed broad before narrow). */
function matchRange(
  value: bigint,
  ranges: readonly Range[],
  mostSpecific = false,
): string | undefined {
  const matches = ranges.filter((range) => inRange(value, range));
  if (matches.length === 0) return undefined;
  return mostSpecific
    ? matches.reduce((best, range) => (range.prefix > best.prefix ? range : best)).label
    : matches[0].label;
}

function inRange(value: bigint, range: Range): boolean {
  const hostBits = BigInt(range.bits - range.prefix);
  return value >> hostBits === range.base >> hostBits;
}

function toRange(cidr: string, label: string, bits: 32 | 128): Range {
  const [address, prefix] = cidr.split('/');
  const base = bits === 32 ? parseIPv4(address) : parseIPv6(address);
  return { base, prefix: Number(prefix), bits, label };
}

function parseIPv4(address: string): bigint {
  return address.split('.').reduce((value, octet) => (value << 8n) | BigInt(Number(octet)), 0n);
}

/** An IPv6 address (already checked by isIPv6, no zone) as a 128-bit number. */
function parseIPv6(address: string): bigint {
  let text = address.toLowerCase();
  // A dotted IPv4 tail (::ffff:10.0.0.1) becomes two hex groups.
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const v4 = parseIPv4(tail[1]);
    text = `${text.slice(0, tail.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, rest] = text.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const restGroups = rest === undefined || rest === '' ? [] : rest.split(':');
  const missing = 8 - headGroups.length - restGroups.length;
  const groups =
    rest === undefined
      ? headGroups
      : [...headGroups, ...Array<string>(missing).fill('0'), ...restGroups];
  return groups.reduce((value, group) => (value << 16n) | BigInt(Number.parseInt(group, 16)), 0n);
}
