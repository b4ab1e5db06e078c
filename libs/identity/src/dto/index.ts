export * from './registration.dto';
export * from './organisation.dto';
