import { loadConfig, ValidationFailedError } from '@rongtong/common';
import { parseWebhookUrl } from './webhook-url';
import {
  HostResolver,
  ResolvedAddress,
  WebhookTargetRefused,
  WebhookUrlPolicy,
} from './webhook-url-policy';

/** DNS answers from a table; a name not in it does not resolve. */
class FakeResolver extends HostResolver {
  readonly asked: string[] = [];
  constructor(private readonly answers: Record<string, string[]>) {
    super();
  }
  override lookupAll(host: string): Promise<ResolvedAddress[]> {
    this.asked.push(host);
    const addresses = this.answers[host];
    if (!addresses)
      return Promise.reject(
        Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }),
      );
    return Promise.resolve(
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    );
  }
}

const DNS = {
  'hooks.example.cn': ['203.0.114.10', '2400:3200::10'],
  'rebind.example.cn': ['8.8.8.8', '10.0.0.5'],
  'metadata.example.cn': ['169.254.169.254'],
  'v6-local.example.cn': ['fd00::1'],
  'empty.example.cn': [],
};

function policy(env: Record<string, string> = {}) {
  const resolver = new FakeResolver(DNS);
  return {
    resolver,
    policy: new WebhookUrlPolicy(loadConfig({ NODE_ENV: 'test', ...env }), resolver),
  };
}

async function problemOf(promise: Promise<unknown>): Promise<{ field: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationFailedError);
    const field = (error as ValidationFailedError).fields?.[0];
    return { field: field?.field ?? '', message: field?.messages[0] ?? '' };
  }
  throw new Error('expected a validation error');
}

describe('parseWebhookUrl', () => {
  it.each([
    ['must be an http:// or https:// URL', 'ftp://hooks.example.cn/x'],
    ['must be an http:// or https:// URL', 'file:///etc/passwd'],
    ['must be an http:// or https:// URL', 'javascript:alert(1)'],
    ['must be an absolute http:// or https:// URL', 'hooks.example.cn/x'],
    ['must be an absolute http:// or https:// URL', 'http://'],
    ['must not contain a user name or password', 'https://user:pw@hooks.example.cn/'],
    ['must be at most 2048 characters', `https://hooks.example.cn/${'a'.repeat(2030)}`],
  ])('answers that a bad URL %s', (problem, url) => {
    expect(parseWebhookUrl(url)).toEqual({ problem });
  });

  it('accepts http(s) with a name, an IPv4 or an IPv6 literal', () => {
    expect(parseWebhookUrl('https://hooks.example.cn:8443/a?b=1')).toMatchObject({
      host: 'hooks.example.cn',
    });
    expect(parseWebhookUrl('http://10.0.0.1/')).toMatchObject({ literalAddress: '10.0.0.1' });
    expect(parseWebhookUrl('http://[::1]:8080/')).toMatchObject({ literalAddress: '::1' });
    // WHATWG URL normalises numeric hosts, so 2130706433 is judged as 127.0.0.1.
    expect(parseWebhookUrl('http://2130706433/')).toMatchObject({ literalAddress: '127.0.0.1' });
  });
});

describe('WebhookUrlPolicy outside development', () => {
  it('accepts a host whose every address is public, and pins the first one', async () => {
    const { policy: rule } = policy();
    await expect(rule.assertAcceptable('https://hooks.example.cn/in')).resolves.toBeUndefined();
    const target = await rule.target('https://hooks.example.cn/in');
    expect(target.pinned).toEqual({ address: '203.0.114.10', family: 4 });
    expect(target.url.hostname).toBe('hooks.example.cn');
  });

  it.each([
    ['http://127.0.0.1:8080/', 'loopback'],
    ['http://10.0.0.1/', 'private (10.0.0.0/8)'],
    ['http://[::1]/', 'loopback'],
    ['http://[::ffff:192.168.0.1]/', 'IPv4-mapped private'],
    ['http://2130706433/', 'loopback'],
    ['https://rebind.example.cn/', '10.0.0.5'],
    ['https://metadata.example.cn/', 'link-local'],
    ['https://v6-local.example.cn/', 'unique-local'],
  ])('refuses %s (%s) with a 400 on url', async (url, detail) => {
    const problem = await problemOf(policy().policy.assertAcceptable(url));
    expect(problem.field).toBe('url');
    expect(problem.message).toContain(detail);
  });

  it('refuses hosts that do not resolve', async () => {
    for (const url of ['https://nowhere.example.cn/', 'https://empty.example.cn/']) {
      const problem = await problemOf(policy().policy.assertAcceptable(url));
      expect(problem.message).toContain('does not resolve');
    }
  });

  it('refuses a bad scheme before asking DNS, under the field the caller names', async () => {
    const { policy: rule, resolver } = policy();
    const problem = await problemOf(
      rule.assertAcceptable('ftp://hooks.example.cn/', 'endpoint.url'),
    );
    expect(problem).toEqual({
      field: 'endpoint.url',
      message: 'url must be an http:// or https:// URL',
    });
    expect(resolver.asked).toEqual([]);
  });

  it('refuses at send time with WebhookTargetRefused', async () => {
    await expect(policy().policy.target('https://rebind.example.cn/')).rejects.toBeInstanceOf(
      WebhookTargetRefused,
    );
  });
});

describe('WebhookUrlPolicy when private addresses are allowed (development)', () => {
  it('accepts loopback and private targets without pinning or DNS', async () => {
    const { policy: rule, resolver } = policy({ WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' });
    await expect(rule.assertAcceptable('http://127.0.0.1:9/')).resolves.toBeUndefined();
    await expect(rule.assertAcceptable('http://nowhere.example.cn/')).resolves.toBeUndefined();
    expect((await rule.target('http://10.0.0.1/')).pinned).toBeUndefined();
    expect(resolver.asked).toEqual([]);
    // The scheme rule holds everywhere.
    expect((await problemOf(rule.assertAcceptable('ftp://127.0.0.1/'))).field).toBe('url');
  });

  it('is the default in development only', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).notify.webhookAllowPrivateAddresses).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).notify.webhookAllowPrivateAddresses).toBe(false);
    expect(
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'b6f1c0e29a7d4c53e8f0a1b2c3d4e5f6' }).notify
        .webhookAllowPrivateAddresses,
    ).toBe(false);
  });
});
