import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity/identity.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { ContactLoaders } from './contacts.loaders';
import { ContactsResolver, RelatedPersonResolver, StageChangeResolver } from './contacts.resolver';
import { ContactsService } from './contacts.service';
import { CustomFieldsService } from './custom-fields.service';
import { ContactEntity } from './entities/contact.entity';
import { ContactPhoneEntity } from './entities/contact-phone.entity';
import { ContactSettingsEntity, CustomFieldDefinitionEntity, StageChangeEntity } from './entities/contact-settings.entity';
import { ImportantDateEntity } from './entities/important-date.entity';
import { ContactOrganizationEntity, OrganizationEntity } from './entities/organization.entity';
import { RelatedPersonEntity } from './entities/related-person.entity';
import { FamilyService } from './family.service';
import { ImportExportResolver } from './import-export.resolver';
import { ImportExportService } from './import-export.service';
import { LifecycleService } from './lifecycle.service';
import { MergeService } from './merge.service';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      ContactEntity, ContactPhoneEntity, OrganizationEntity, ContactOrganizationEntity, RelatedPersonEntity, ImportantDateEntity,
      CustomFieldDefinitionEntity, StageChangeEntity, ContactSettingsEntity,
    ]),
    IdentityModule,
    WorkspacesModule,
  ],
  providers: [
    ContactsService, CustomFieldsService, LifecycleService, OrganizationsService, FamilyService, MergeService, ImportExportService, ContactLoaders,
    ContactsResolver, StageChangeResolver, RelatedPersonResolver, OrganizationsResolver, ImportExportResolver,
  ],
  exports: [ContactsService, LifecycleService, FamilyService, CustomFieldsService, ContactLoaders],
})
export class ContactsModule {}
