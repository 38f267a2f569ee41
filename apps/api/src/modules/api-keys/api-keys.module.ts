import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeyCredentials } from './api-key-credentials';
import { ApiKeyEntity } from './api-key.entity';
import { IdentityModule } from '../identity/identity.module';
import { ApiKeysResolver } from './api-keys.resolver';
import { ApiKeysService } from './api-keys.service';

@Module({
  imports: [IdentityModule, TypeOrmModule.forFeature([ApiKeyEntity])],
  providers: [ApiKeyCredentials, ApiKeysService, ApiKeysResolver],
})
export class ApiKeysModule {}
