import { DownloadSigner } from './download-signer';

describe('DownloadSigner', () => {
  const signer = new DownloadSigner('a-secret-of-at-least-thirty-two-characters');
  const fileId = '3f1c2a8e-1b2c-4d5e-8f90-123456789abc';

  it('accepts its own signature until the expiry second, then refuses', () => {
    const grant = signer.sign(fileId, 1_000);
    expect(signer.verify(grant, 999)).toBe(true);
    expect(signer.verify(grant, 1_000)).toBe(true);
    expect(signer.verify(grant, 1_001)).toBe(false);
  });

  it('refuses a link whose file, expiry or signature was changed, or signed by another key', () => {
    const grant = signer.sign(fileId, 1_000);
    expect(signer.verify({ ...grant, fileId: '00000000-0000-4000-8000-000000000000' }, 0)).toBe(
      false,
    );
    expect(signer.verify({ ...grant, expires: 9_999 }, 0)).toBe(false);
    expect(signer.verify({ ...grant, signature: grant.signature.slice(1) }, 0)).toBe(false);
    expect(signer.verify({ ...grant, expires: Number.NaN }, 0)).toBe(false);
    const other = new DownloadSigner('another-secret-of-at-least-thirty-two-chars');
    expect(other.verify(grant, 0)).toBe(false);
  });
});
