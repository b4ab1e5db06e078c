import { chinaDate } from '@rongtong/common';
import { SME_TIERS, SmeTier } from '../entities/sme-certification.entity';

export interface TierCertificate {
  tier: SmeTier;
  issuedOn: string;
  validUntil: string;
  status: string;
}

/** A certificate counts while it is not revoked and `on` (a China calendar day) lies within its validity window. */
export function isCertificateValidOn(certificate: TierCertificate, on: Date): boolean {
  const day = chinaDate(on);
  return (
    certificate.status !== 'revoked' && certificate.issuedOn <= day && day <= certificate.validUntil
  );
}

/** The highest tier among certificates valid on the given day, or null. */
export function currentTier(certificates: TierCertificate[], on: Date): SmeTier | null {
  let best = -1;
  for (const certificate of certificates) {
    if (isCertificateValidOn(certificate, on))
      best = Math.max(best, SME_TIERS.indexOf(certificate.tier));
  }
  return best >= 0 ? SME_TIERS[best] : null;
}

/** True when `tier` is at least `minimum` in the 梯度培育 order. */
export function tierAtLeast(tier: SmeTier | null, minimum: SmeTier): boolean {
  return tier !== null && SME_TIERS.indexOf(tier) >= SME_TIERS.indexOf(minimum);
}
