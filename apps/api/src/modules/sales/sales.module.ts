import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog/catalog.module';
import { ContactsModule } from '../contacts/contacts.module';
import { IdentityModule } from '../identity/identity.module';
import { InventoryModule } from '../inventory/inventory.module';
import { TasksModule } from '../tasks/tasks.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { InvoiceEntity, InvoicePaymentEntity } from './entities/invoice.entity';
import { ProformaEntity, ProformaLineEntity } from './entities/proforma.entity';
import { WarehouseIssueEntity, WarehouseIssueLineEntity } from './entities/warehouse-issue.entity';
import { DocumentNumbers } from './document-numbers';
import { SalesQueries } from './sales-queries.service';
import { SalesJobs } from './sales.jobs';
import { InvoicePaymentsResolver, InvoicesResolver, ProformasResolver, WarehouseIssuesResolver } from './sales.resolver';
import { SalesService } from './sales.service';

/** Pro-formas, invoices, payments and warehouse issues (docs: modules/sales/sales.service.ts). */
@Module({
  imports: [
    TypeOrmModule.forFeature([ProformaEntity, ProformaLineEntity, InvoiceEntity, InvoicePaymentEntity, WarehouseIssueEntity, WarehouseIssueLineEntity]),
    CatalogModule,
    InventoryModule,
    ContactsModule,
    TasksModule,
    IdentityModule,
    WorkspacesModule,
  ],
  providers: [SalesService, SalesQueries, DocumentNumbers, SalesJobs, ProformasResolver, InvoicesResolver, InvoicePaymentsResolver, WarehouseIssuesResolver],
  exports: [SalesService, SalesQueries],
})
export class SalesModule {}
