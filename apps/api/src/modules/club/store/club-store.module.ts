import { Module } from '@nestjs/common';

/** The club store (catalog, member prices, cart, checkout) and the storefront plugin API. */
@Module({})
export class ClubStoreModule {}
