import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { ConflictError, ForbiddenError, NotFoundError } from '@rongtong/common';
import type { CertificationStatus } from '../entities/sme-certification.entity';
import type { AuthenticatedUser } from '../services/access-token.service';
import { OrganisationAccess } from '../services/organisation-access';
import { CertificationRow, CertificationStore } from './certification.store';
import type { EvidenceFileView } from '../evidence/evidence-files';
import { EvidenceRecord, EvidenceShelf } from '../evidence/evidence-shelf';

/** Evidence can be added or removed while a reviewer has not decided yet. */
const OPEN_STATUSES: readonly CertificationStatus[] = ['pending', 'under_review'];

const evidenceOwner = (certificationId: string) => `sme-certification:${certificationId}`;
const certificationNotFound = () =>
  new NotFoundError('CERTIFICATION_NOT_FOUND', 'No such certification');

/**
 * Evidence files of a 梯度培育 certificate on the shared evidence shelf. Owners of the
 * organisation upload and remove them while the certificate is undecided; its members and
 * reviewers (organisers, admins) list them and get short-lived signed links; anyone else gets 404.
 */
@Injectable()
export class CertificationEvidenceService {
  constructor(
    private readonly store: CertificationStore,
    private readonly access: OrganisationAccess,
    private readonly shelf: EvidenceShelf,
  ) {}

  async upload(
    caller: AuthenticatedUser,
    certificationId: string,
    filename: string,
    body: Readable,
  ): Promise<EvidenceFileView> {
    const certification = await this.asOwner(caller, certificationId);
    return this.shelf.add(this.record(caller, certification), caller.id, filename, body);
  }

  async list(caller: AuthenticatedUser, certificationId: string): Promise<EvidenceFileView[]> {
    await this.asReader(caller, certificationId);
    return this.shelf.list(evidenceOwner(certificationId));
  }

  /** A download link valid for a few minutes: members of the organisation and reviewers. */
  async link(
    caller: AuthenticatedUser,
    certificationId: string,
    fileId: string,
  ): Promise<{ url: string; expiresAt: string }> {
    await this.asReader(caller, certificationId);
    return this.shelf.link(evidenceOwner(certificationId), fileId);
  }

  async remove(caller: AuthenticatedUser, certificationId: string, fileId: string): Promise<void> {
    const certification = await this.asOwner(caller, certificationId);
    await this.shelf.remove(this.record(caller, certification), fileId);
  }

  /** The certificate as the shelf sees it: each change is a history event, while undecided. */
  private record(caller: AuthenticatedUser, certification: CertificationRow): EvidenceRecord {
    return {
      owner: evidenceOwner(certification.id),
      noun: '资质',
      recordChange: async (manager, change, filename) => {
        const locked = await this.store.lock(manager, certification.id);
        if (!locked || !OPEN_STATUSES.includes(locked.status)) throw decided(locked);
        await this.store.insertEvent(manager, {
          certificationId: certification.id,
          organisationId: certification.organisationId,
          action: change === 'added' ? 'evidence_added' : 'evidence_removed',
          fromStatus: locked.status,
          toStatus: locked.status,
          actorUserId: caller.id,
          reason: filename,
        });
      },
    };
  }
  /** Owners (admins too) of an undecided certificate; members 403, others 404. */
  private async asOwner(
    caller: AuthenticatedUser,
    certificationId: string,
  ): Promise<CertificationRow> {
    const certification = await this.store.byId(certificationId);
    if (!certification) throw certificationNotFound();
    if (!this.access.isAdmin(caller)) {
      const role = await this.access.roleIn(caller, certification.organisationId);
      if (role === undefined) throw certificationNotFound();
      if (role !== 'owner') {
        throw new ForbiddenError('OWNER_ONLY', 'Only owners add or remove certificate evidence');
      }
    }
    if (!OPEN_STATUSES.includes(certification.status)) throw decided(certification);
    return certification;
  }

  /** Members of the organisation and reviewers; others 404. */
  private async asReader(caller: AuthenticatedUser, certificationId: string): Promise<void> {
    const certification = await this.store.byId(certificationId);
    if (!certification) throw certificationNotFound();
    const reviewer =
      caller.platformRoles.includes('admin') || caller.platformRoles.includes('organiser');
    if (reviewer) return;
    if ((await this.access.roleIn(caller, certification.organisationId)) === undefined)
      throw certificationNotFound();
  }
}

function decided(certification: CertificationRow | undefined): ConflictError {
  return new ConflictError(
    'CERTIFICATION_STATE',
    `Evidence changes only while a certificate is pending; this one is ${certification?.status ?? 'gone'}`,
  );
}
