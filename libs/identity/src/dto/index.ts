export * from './registration.dto';
export * from './organisation.dto';
export * from './account.dto';
export * from './certification.dto';
export * from './uscc-claim.dto';
export * from './name-change.dto';
