// Module
export { DemoModule } from './demo.module';

// Seeders and the demo corpus (loaded only when seeding is on)
export { DEMO_PASSWORD, DemoIdentitySeeder } from './identity/demo-identity.seeder';
export { type CslPaper, loadCslPapers } from './listings/csl-corpus';
export {
  cleanKeywords,
  DEMO_LISTING_COUNTS,
  demoListingId,
  problemOf,
  topicOf,
} from './listings/demo-listing-builder';
export { DemoListingsSeeder, type DemoListingsSeedResult } from './listings/demo-listings.seeder';
export { DemoRandom, nameBasedUuid } from './listings/demo-random';
export { disciplineIndustry, industryForPaper } from './listings/discipline-industry';
