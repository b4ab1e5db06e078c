export { DemoModule } from './demo.module';
export {
  DEMO_ADMIN,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DemoIdentitySeeder,
} from './identity/demo-identity.seeder';
export { DEMO_SEED_BATCH, DemoListingsSeeder } from './listings/demo-listings.seeder';
export type { DemoListingsSeedResult } from './listings/demo-listings.seeder';
export * from './listings/csl-corpus';
export * from './listings/discipline-industry';
export * from './listings/demo-listing-builder';
export { DemoRandom, nameBasedUuid } from './listings/demo-random';
