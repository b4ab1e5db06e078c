import { AuditLog } from './audit-log.entity';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';
import { RefreshToken } from './refresh-token.entity';
import { SmeCertification } from './sme-certification.entity';
import { User } from './user.entity';
import { UsccException } from './uscc-exception.entity';

export * from './audit-log.entity';
export * from './invitation.entity';
export * from './membership.entity';
export * from './organisation.entity';
export * from './refresh-token.entity';
export * from './sme-certification.entity';
export * from './user.entity';
export * from './uscc-exception.entity';

export const IDENTITY_ENTITIES = [
  Organisation,
  SmeCertification,
  User,
  Membership,
  Invitation,
  RefreshToken,
  UsccException,
  AuditLog,
];
