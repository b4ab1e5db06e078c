import { forbiddenAddressRange } from './webhook-address-policy';

describe('forbiddenAddressRange (SSRF rule for webhook targets)', () => {
  it.each([
    ['0.0.0.0', '"this network"'],
    ['0.1.2.3', '"this network"'],
    ['10.0.0.1', 'private (10.0.0.0/8)'],
    ['10.255.255.255', 'private (10.0.0.0/8)'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.254', 'carrier-grade NAT'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['172.16.0.1', 'private (172.16.0.0/12)'],
    ['172.31.255.255', 'private (172.16.0.0/12)'],
    ['192.0.0.8', 'IETF protocol assignments'],
    ['192.0.2.10', 'documentation'],
    ['192.168.1.1', 'private (192.168.0.0/16)'],
    ['198.18.0.1', 'benchmarking'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
  ])('refuses IPv4 %s (%s)', (address, range) => {
    expect(forbiddenAddressRange(address)).toContain(range);
  });

  it.each([
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['::a00:1', 'IPv4-compatible'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['fec0::1', 'site-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['2001::1', 'IETF protocol assignments'],
    ['100::1', 'discard-only'],
    ['64:ff9b:1::1', 'NAT64 local use'],
    ['4000::1', 'reserved IPv6'],
  ])('refuses IPv6 %s (%s)', (address, range) => {
    expect(forbiddenAddressRange(address)).toContain(range);
  });

  it.each([
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback'],
    ['::FFFF:10.0.0.1', 'IPv4-mapped private (10.0.0.0/8)'],
    ['::ffff:169.254.169.254', 'IPv4-mapped link-local'],
    ['::ffff:100.64.0.1', 'IPv4-mapped carrier-grade NAT'],
    ['64:ff9b::a9fe:a9fe', 'NAT64 link-local'],
    ['64:ff9b::192.168.0.1', 'NAT64 private (192.168.0.0/16)'],
    ['2002:c0a8:0101::1', '6to4 private (192.168.0.0/16)'],
    ['2002:7f00:0001::', '6to4 loopback'],
  ])('judges embedded IPv4 in %s (%s)', (address, range) => {
    expect(forbiddenAddressRange(address)).toContain(range);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '114.114.114.114',
    '223.5.5.5',
    '100.63.255.255',
    '100.128.0.0',
    '172.15.255.255',
    '172.32.0.0',
    '169.253.255.255',
    '192.169.0.1',
    '11.0.0.1',
    '2400:3200::1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:0808:0808::1',
  ])('allows public %s', (address) => {
    expect(forbiddenAddressRange(address)).toBeUndefined();
  });

  it('refuses what is not an address', () => {
    expect(forbiddenAddressRange('localhost')).toBe('not an IP address');
    expect(forbiddenAddressRange('1.2.3')).toBe('not an IP address');
    expect(forbiddenAddressRange('')).toBe('not an IP address');
  });
});
