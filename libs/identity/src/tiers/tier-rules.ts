import { CertificationStatus, SME_TIERS, SmeTier } from '../entities/sme-certification.entity';

/** What a tier decision needs of a certificate. */
export interface TierCertificate {
  tier: SmeTier;
  issuedOn: string;
  validUntil: string;
  status: CertificationStatus;
}

/**
 * Statuses that count: verified, and verified-under-复核. A pending (self-declared), rejected or
 * revoked certificate counts for nothing, whatever it claims.
 */
export const COUNTING_STATUSES: readonly CertificationStatus[] = ['verified', 'under_review'];

/** A certificate counts on `day` (a China calendar day, YYYY-MM-DD) when verified and in its window. */
export function countsOn(certificate: TierCertificate, day: string): boolean {
  return (
    COUNTING_STATUSES.includes(certificate.status) &&
    certificate.issuedOn <= day &&
    day <= certificate.validUntil
  );
}

/** The highest tier among certificates that count on `day`, or null. */
export function verifiedTierOf(
  certificates: readonly TierCertificate[],
  day: string,
): SmeTier | null {
  let best = -1;
  for (const certificate of certificates) {
    if (countsOn(certificate, day)) best = Math.max(best, SME_TIERS.indexOf(certificate.tier));
  }
  return best >= 0 ? SME_TIERS[best] : null;
}

/**
 * The highest tier an organisation claims but nobody has verified yet (pending, in its window):
 * shown apart as 自主申报, never counted.
 */
export function declaredTierOf(
  certificates: readonly TierCertificate[],
  day: string,
): SmeTier | null {
  return verifiedTierOf(
    certificates
      .filter((certificate) => certificate.status === 'pending')
      .map((certificate) => ({ ...certificate, status: 'verified' as const })),
    day,
  );
}

/** True when `tier` is at least `minimum` in the 梯度培育 order. */
export function tierAtLeast(tier: SmeTier | null, minimum: SmeTier): boolean {
  return tier !== null && SME_TIERS.indexOf(tier) >= SME_TIERS.indexOf(minimum);
}
