import { SME_TIERS, SmeTier } from '../entities/sme-certification.entity';
import {
  countsOn as isCertificateValidOn,
  declaredTierOf,
  tierAtLeast,
  TierCertificate,
  verifiedTierOf as currentTier,
} from './tier-rules';

// Days are China calendar days (YYYY-MM-DD), as Clock.today() gives them.
const day = (iso: string) => iso;

const certificate = (overrides: Partial<TierCertificate> = {}): TierCertificate => ({
  tier: 'specialised',
  issuedOn: '2024-03-01',
  validUntil: '2027-02-28',
  status: 'verified',
  ...overrides,
});

describe('isCertificateValidOn', () => {
  it('counts a valid certificate inside its window', () => {
    expect(isCertificateValidOn(certificate(), day('2025-06-15'))).toBe(true);
  });

  it('includes both the issue day and the last valid day', () => {
    expect(isCertificateValidOn(certificate(), day('2024-03-01'))).toBe(true);
    expect(isCertificateValidOn(certificate(), day('2027-02-28'))).toBe(true);
  });

  it('excludes the day before issue and the day after expiry', () => {
    expect(isCertificateValidOn(certificate(), day('2024-02-29'))).toBe(false);
    expect(isCertificateValidOn(certificate(), day('2027-03-01'))).toBe(false);
  });

  it('counts a certificate under review (复核)', () => {
    expect(isCertificateValidOn(certificate({ status: 'under_review' }), day('2025-06-15'))).toBe(
      true,
    );
  });

  it('never counts a revoked certificate, even inside its window', () => {
    const revoked = certificate({ status: 'revoked' });

    expect(isCertificateValidOn(revoked, day('2024-03-01'))).toBe(false);
    expect(isCertificateValidOn(revoked, day('2025-06-15'))).toBe(false);
    expect(isCertificateValidOn(revoked, day('2027-02-28'))).toBe(false);
  });

  it('handles windows that cross a month boundary', () => {
    const autumn = certificate({ issuedOn: '2025-09-30', validUntil: '2025-10-01' });

    expect(isCertificateValidOn(autumn, day('2025-09-30'))).toBe(true);
    expect(isCertificateValidOn(autumn, day('2025-10-01'))).toBe(true);
    expect(isCertificateValidOn(autumn, day('2025-10-02'))).toBe(false);
  });
});

describe('only verified certificates count', () => {
  it.each(['pending', 'rejected', 'revoked'] as const)(
    'a %s certificate never counts, even inside its window',
    (status) => {
      expect(isCertificateValidOn(certificate({ status }), day('2025-06-15'))).toBe(false);
      expect(
        currentTier([certificate({ tier: 'single_champion', status })], day('2025-06-15')),
      ).toBeNull();
    },
  );

  it('a self-declared single champion beside a verified specialised certificate: specialised', () => {
    const certificates = [
      certificate({ tier: 'single_champion', status: 'pending' }),
      certificate({ tier: 'specialised' }),
    ];

    expect(currentTier(certificates, day('2025-06-15'))).toBe('specialised');
    expect(declaredTierOf(certificates, day('2025-06-15'))).toBe('single_champion');
  });

  it('the declared tier ignores verified, rejected and out-of-window certificates', () => {
    const certificates = [
      certificate({ tier: 'little_giant', status: 'rejected' }),
      certificate({ tier: 'single_champion', status: 'pending', validUntil: '2025-01-01' }),
      certificate({ tier: 'specialised', status: 'verified' }),
    ];

    expect(declaredTierOf(certificates, day('2025-06-15'))).toBeNull();
  });
});

describe('verifiedTierOf', () => {
  const on = day('2025-06-15');

  it('is null without certificates', () => {
    expect(currentTier([], on)).toBeNull();
  });

  it('is the tier of the only valid certificate', () => {
    expect(currentTier([certificate({ tier: 'innovative' })], on)).toBe('innovative');
  });

  it('picks the highest valid tier regardless of order', () => {
    const certificates = [
      certificate({ tier: 'specialised' }),
      certificate({ tier: 'little_giant' }),
      certificate({ tier: 'innovative' }),
    ];

    expect(currentTier(certificates, on)).toBe('little_giant');
    expect(currentTier([...certificates].reverse(), on)).toBe('little_giant');
  });

  it('ignores a higher tier that is revoked', () => {
    const certificates = [
      certificate({ tier: 'single_champion', status: 'revoked' }),
      certificate({ tier: 'specialised' }),
    ];

    expect(currentTier(certificates, on)).toBe('specialised');
  });

  it('ignores a higher tier that has expired or is not yet issued', () => {
    const certificates = [
      certificate({ tier: 'little_giant', issuedOn: '2021-07-01', validUntil: '2024-06-30' }),
      certificate({ tier: 'single_champion', issuedOn: '2025-06-16', validUntil: '2028-06-15' }),
      certificate({ tier: 'innovative' }),
    ];

    expect(currentTier(certificates, on)).toBe('innovative');
  });

  it('counts a higher tier under review', () => {
    const certificates = [
      certificate({ tier: 'specialised' }),
      certificate({ tier: 'little_giant', status: 'under_review' }),
    ];

    expect(currentTier(certificates, on)).toBe('little_giant');
  });

  it('is null when every certificate is revoked or out of date', () => {
    const certificates = [
      certificate({ status: 'revoked' }),
      certificate({ tier: 'little_giant', validUntil: '2025-06-14' }),
    ];

    expect(currentTier(certificates, on)).toBeNull();
  });

  it('changes on the boundary days', () => {
    const certificates = [
      certificate({ tier: 'innovative', issuedOn: '2023-01-01', validUntil: '2026-12-31' }),
      certificate({ tier: 'little_giant', issuedOn: '2025-07-01', validUntil: '2028-06-30' }),
    ];

    expect(currentTier(certificates, day('2025-06-30'))).toBe('innovative');
    expect(currentTier(certificates, day('2025-07-01'))).toBe('little_giant');
    expect(currentTier(certificates, day('2028-06-30'))).toBe('little_giant');
    expect(currentTier(certificates, day('2028-07-01'))).toBeNull();
  });
});

describe('tierAtLeast', () => {
  it('is false for no tier', () => {
    for (const minimum of SME_TIERS) expect(tierAtLeast(null, minimum)).toBe(false);
  });

  it('follows the 梯度培育 order innovative < specialised < little_giant < single_champion', () => {
    expect(SME_TIERS).toEqual(['innovative', 'specialised', 'little_giant', 'single_champion']);
    const table: [SmeTier, SmeTier, boolean][] = [
      ['innovative', 'innovative', true],
      ['innovative', 'specialised', false],
      ['specialised', 'innovative', true],
      ['specialised', 'little_giant', false],
      ['little_giant', 'specialised', true],
      ['little_giant', 'little_giant', true],
      ['little_giant', 'single_champion', false],
      ['single_champion', 'innovative', true],
      ['single_champion', 'single_champion', true],
    ];
    for (const [tier, minimum, expected] of table) {
      expect([tier, minimum, tierAtLeast(tier, minimum)]).toEqual([tier, minimum, expected]);
    }
  });
});
