import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError } from '@rongtong/common';
import type { AuthenticatedUser } from '../services/access-token.service';
import type { EvidenceFileView } from '../evidence/evidence-files';
import { EvidenceShelf } from '../evidence/evidence-shelf';
import { UsccClaimRow, UsccClaimStore } from './uscc-claim.store';

const evidenceOwner = (claimId: string) => `uscc-claim:${claimId}`;
const claimNotFound = () => new NotFoundError('USCC_CLAIM_NOT_FOUND', 'No such USCC claim');

/**
 * Proof attached to a USCC claim (营业执照 scan, authorisation letter) on the shared evidence
 * shelf: the claimant uploads while the claim is pending; the claimant and reviewers (organisers,
 * admins) list the files and get short-lived signed links; anyone else, the organisation's
 * current members included, gets 404.
 */
@Injectable()
export class UsccClaimEvidenceService {
  constructor(
    private readonly store: UsccClaimStore,
    private readonly shelf: EvidenceShelf,
  ) {}

  async upload(
    caller: AuthenticatedUser,
    claimId: string,
    filename: string,
    body: Readable,
  ): Promise<EvidenceFileView> {
    const claim = await this.store.get(claimId);
    if (!claim || claim.claimantUserId !== caller.id) throw claimNotFound();
    if (claim.status !== 'pending') throw decided(claim);
    return this.shelf.add(
      {
        owner: evidenceOwner(claimId),
        noun: '申请',
        recordChange: async (manager, change, filename) => {
          const locked = await this.store.lockUscc(manager, claimId);
          if (!locked || locked.status !== 'pending') throw decided(locked);
          await this.store.audit(manager, {
            claimId,
            actorUserId: caller.id,
            action: `uscc_claim.evidence_${change}`,
            details: { fromStatus: 'pending', toStatus: 'pending', reason: filename },
          });
        },
      },
      caller.id,
      filename,
      body,
    );
  }

  async list(caller: AuthenticatedUser, claimId: string): Promise<EvidenceFileView[]> {
    await this.asReader(caller, claimId);
    return this.shelf.list(evidenceOwner(claimId));
  }

  async link(
    caller: AuthenticatedUser,
    claimId: string,
    fileId: string,
  ): Promise<{ url: string; expiresAt: string }> {
    await this.asReader(caller, claimId);
    return this.shelf.link(evidenceOwner(claimId), fileId);
  }

  private async asReader(caller: AuthenticatedUser, claimId: string): Promise<void> {
    const claim = await this.store.get(claimId);
    const reviewer =
      caller.platformRoles.includes('admin') || caller.platformRoles.includes('organiser');
    if (!claim || (claim.claimantUserId !== caller.id && !reviewer)) throw claimNotFound();
  }
}

function decided(claim: UsccClaimRow | undefined): ConflictError {
  return new ConflictError(
    'USCC_CLAIM_STATE',
    `Evidence is added only while a claim is pending; this one is ${claim?.status ?? 'gone'}`,
  );
}
