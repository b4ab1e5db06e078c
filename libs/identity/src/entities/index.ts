import { AuditLog } from './audit-log.entity';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';
import { OrganisationNameChange } from './organisation-name-change.entity';
import { RefreshToken } from './refresh-token.entity';
import { SmeCertification } from './sme-certification.entity';
import { SmeCertificationEvent } from './sme-certification-event.entity';
import { User } from './user.entity';
import { UsccClaim } from './uscc-claim.entity';
import { UsccException } from './uscc-exception.entity';

export * from './audit-log.entity';
export * from './invitation.entity';
export * from './membership.entity';
export * from './organisation.entity';
export * from './organisation-name-change.entity';
export * from './refresh-token.entity';
export * from './sme-certification.entity';
export * from './sme-certification-event.entity';
export * from './user.entity';
export * from './uscc-claim.entity';
export * from './uscc-exception.entity';

export const IDENTITY_ENTITIES = [
  Organisation,
  SmeCertification,
  SmeCertificationEvent,
  User,
  Membership,
  Invitation,
  RefreshToken,
  UsccException,
  UsccClaim,
  OrganisationNameChange,
  AuditLog,
];
