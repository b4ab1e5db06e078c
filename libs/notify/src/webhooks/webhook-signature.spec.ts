import { createHmac } from 'node:crypto';
import {
  newWebhookSecret,
  signWebhook,
  verifyWebhookSignature,
  webhookHmac,
} from './webhook-signature';

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const body = '{"hello":"world"}';
  const t = 1_700_000_000;

  it('matches a known vector (openssl dgst -sha256 -hmac whsec_test)', () => {
    expect(signWebhook(secret, t, body)).toBe(
      't=1700000000,v1=f592bbf3951cfc94e560eecfb5d9dd4da6b0fff2e626235f8ab4b54860925d0b',
    );
    expect(webhookHmac(secret, t, body)).toBe(
      createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'),
    );
  });

  it('verifies its own signature within the tolerance', () => {
    const header = signWebhook(secret, t, body);
    expect(verifyWebhookSignature(secret, header, body, { nowSeconds: t })).toBe(true);
    expect(verifyWebhookSignature(secret, header, body, { nowSeconds: t + 299 })).toBe(true);
  });

  it('refuses another body, another secret, a stale or future timestamp', () => {
    const header = signWebhook(secret, t, body);
    expect(verifyWebhookSignature(secret, header, '{"hello":"World"}', { nowSeconds: t })).toBe(
      false,
    );
    expect(verifyWebhookSignature('whsec_other', header, body, { nowSeconds: t })).toBe(false);
    expect(verifyWebhookSignature(secret, header, body, { nowSeconds: t + 301 })).toBe(false);
    expect(verifyWebhookSignature(secret, header, body, { nowSeconds: t - 301 })).toBe(false);
    // The timestamp is signed: moving it invalidates the signature.
    const moved = header.replace('t=1700000000', 't=1700000100');
    expect(verifyWebhookSignature(secret, moved, body, { nowSeconds: t + 100 })).toBe(false);
  });

  it('refuses malformed headers', () => {
    for (const header of [
      '',
      'v1=f592bbf3951cfc94e560eecfb5d9dd4da6b0fff2e626235f8ab4b54860925d0b',
      't=abc,v1=f592bbf3951cfc94e560eecfb5d9dd4da6b0fff2e626235f8ab4b54860925d0b',
      't=1700000000',
      't=1700000000,v1=zz',
      't=1700000000,t=1700000000,v1=f592bbf3951cfc94e560eecfb5d9dd4da6b0fff2e626235f8ab4b54860925d0b',
    ]) {
      expect(verifyWebhookSignature(secret, header, body, { nowSeconds: t })).toBe(false);
    }
  });

  it('accepts a header signed with an old and a new secret (rotation)', () => {
    const header = `t=${t},v1=${webhookHmac('whsec_old', t, body)},v1=${webhookHmac(secret, t, body)}`;
    expect(verifyWebhookSignature(secret, header, body, { nowSeconds: t })).toBe(true);
  });

  it('makes distinct, prefixed secrets', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
