import { Module } from '@nestjs/common';
import { CatalogModule } from '@rongtong/catalog';
import { IdentityModule } from '@rongtong/identity';
import { DemoIdentitySeeder } from './identity/demo-identity.seeder';
import { DemoListingsSeeder } from './listings/demo-listings.seeder';

/**
 * The demo data (accounts, organisations, ~2,000 listings). Not part of the product: the api
 * imports it only when SEED_DEMO_DATA is on (which production refuses), and it writes through
 * identity's and catalog's exported stores like any other caller.
 */
@Module({
  imports: [IdentityModule, CatalogModule],
  providers: [DemoIdentitySeeder, DemoListingsSeeder],
  exports: [DemoIdentitySeeder, DemoListingsSeeder],
})
export class DemoModule {}
