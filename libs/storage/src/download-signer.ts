import { createHmac, timingSafeEqual } from 'node:crypto';

/** A signed, short-lived permission to download one stored file. */
export interface DownloadGrant {
  fileId: string;
  /** Unix seconds after which the link no longer works. */
  expires: number;
  signature: string;
}

/**
 * HMAC-SHA256 over `fileId.expires`: whoever holds the link may download that file until it
 * expires, and nothing else. Pure, so it is unit-tested without a clock.
 */
export class DownloadSigner {
  constructor(private readonly secret: string) {}

  sign(fileId: string, expires: number): DownloadGrant {
    return { fileId, expires, signature: this.mac(fileId, expires) };
  }

  /** True when the signature is this secret's for these values and `nowSeconds` ≤ expires. */
  verify(grant: DownloadGrant, nowSeconds: number): boolean {
    if (!Number.isInteger(grant.expires) || grant.expires < nowSeconds) return false;
    const expected = Buffer.from(this.mac(grant.fileId, grant.expires), 'utf8');
    const given = Buffer.from(grant.signature, 'utf8');
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private mac(fileId: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${fileId}.${expires}`).digest('base64url');
  }
}
