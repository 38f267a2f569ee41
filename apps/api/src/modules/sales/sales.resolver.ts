import { Args, ArgsType, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { TenantDb } from '../../core/database/tenant-db.service';
import { PageArgs } from '../../core/graphql/connection';
import { ContactLoaders } from '../contacts/contacts.loaders';
import { Contact } from '../contacts/models/contact.model';
import { StaffMember } from '../identity/models/staff.model';
import { StaffLoader } from '../identity/staff.loader';
import {
  CreateProformaInput, InvoiceFilter, MAX_LINES, ProformaFilter, RecordPaymentInput, ReturnLineInput, UpdateProformaInput, WarehouseIssueFilter,
} from './dto/sales.inputs';
import {
  Invoice, InvoiceConnection, InvoicePayment, InvoiceSeller, Proforma, ProformaConnection, SalesLine, WarehouseIssue, WarehouseIssueConnection,
  WarehouseIssueLine,
} from './models/sales.model';
import { SalesQueries } from './sales-queries.service';
import { ORDER_TX, SalesService } from './sales.service';

@ArgsType()
class ProformasArgs extends PageArgs {
  @Field(() => ProformaFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ProformaFilter) filter?: ProformaFilter;
}

@ArgsType()
class InvoicesArgs extends PageArgs {
  @Field(() => InvoiceFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => InvoiceFilter) filter?: InvoiceFilter;
}

@ArgsType()
class WarehouseIssuesArgs extends PageArgs {
  @Field(() => WarehouseIssueFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => WarehouseIssueFilter) filter?: WarehouseIssueFilter;
}

@ArgsType()
class ReasonArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an id' }) id: string;
  @Field() @IsString() @Length(1, 1000) reason: string;
}

@ArgsType()
class ConfirmArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an id' }) id: string;
  @Field(() => Int, { nullable: true, description: 'How long the reservation holds; default the pro-forma’s (3 days)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  expiresInDays?: number;
}

@ArgsType()
class ShipArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an id' }) id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) trackingCode?: string;
}

@ArgsType()
class ReturnArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an id' }) id: string;
  @Field(() => [ReturnLineInput], { nullable: true, description: 'Default: everything not yet returned' })
  @IsOptional()
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => ReturnLineInput)
  lines?: ReturnLineInput[];
}

@Resolver(() => Proforma)
export class ProformasResolver {
  constructor(
    private readonly db: TenantDb,
    private readonly sales: SalesService,
    private readonly queries: SalesQueries,
    private readonly contacts: ContactLoaders,
    private readonly staff: StaffLoader,
  ) {}

  @RequirePermission('orders:read')
  @Query(() => ProformaConnection, { description: 'Pro-formas, newest first' })
  proformas(@Args() args: ProformasArgs) {
    return this.queries.proformas(args, args.filter);
  }

  @RequirePermission('orders:read')
  @Query(() => Proforma)
  proforma(@Args('id', { type: () => ID }) id: string): Promise<Proforma> {
    return this.queries.proforma(id);
  }

  @RequirePermission('orders:write')
  @Mutation(() => Proforma, { description: 'A DRAFT pro-forma priced by the catalog for this customer (client prices are never taken)' })
  async createProforma(
    @Args('input') input: CreateProformaInput,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string | null,
  ): Promise<Proforma> {
    return this.db.tx(async () => this.queries.proformaOf(await this.sales.createProformaDocument(input, idempotencyKey)), undefined, ORDER_TX);
  }

  @RequirePermission('orders:write')
  @Mutation(() => Proforma, { description: 'Only while DRAFT' })
  async updateProforma(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateProformaInput): Promise<Proforma> {
    return this.db.tx(async () => this.queries.proforma(await this.sales.updateProforma(id, input)));
  }

  @RequirePermission('orders:write')
  @Mutation(() => Proforma, { description: 'DRAFT → CONFIRMED: reserves the stock (all or nothing, else OUT_OF_STOCK) and redeems the coupon' })
  async confirmProforma(@Args() args: ConfirmArgs): Promise<Proforma> {
    return this.db.tx(async () => this.queries.proformaOf(await this.sales.confirmProformaDocument(args.id, args.expiresInDays)), undefined, ORDER_TX);
  }

  @RequirePermission('orders:write')
  @Mutation(() => Proforma, { description: 'DRAFT or CONFIRMED → CANCELLED; releases the stock and the coupon' })
  async cancelProforma(@Args() args: ReasonArgs): Promise<Proforma> {
    return this.db.tx(async () => this.queries.proforma(await this.sales.cancelProforma(args.id, args.reason)));
  }

  @ResolveField(() => [SalesLine])
  lines(@Parent() proforma: Proforma) {
    return this.queries.linesOf(proforma.id);
  }

  @ResolveField(() => Contact, { nullable: true, description: 'The customer' })
  contact(@Parent() proforma: Proforma) {
    return this.contacts.contact(proforma.contactId);
  }

  @ResolveField(() => StaffMember, { nullable: true, description: 'The responsible rep' })
  owner(@Parent() proforma: Proforma) {
    return proforma.ownerMemberId ? this.staff.load(proforma.ownerMemberId) : null;
  }

  @ResolveField(() => StaffMember, { nullable: true })
  createdBy(@Parent() proforma: Proforma) {
    return proforma.createdByMemberId ? this.staff.load(proforma.createdByMemberId) : null;
  }

  @ResolveField(() => Invoice, { nullable: true })
  invoice(@Parent() proforma: Proforma) {
    return this.queries.invoiceOfProforma(proforma.id);
  }
}

@Resolver(() => Invoice)
export class InvoicesResolver {
  constructor(
    private readonly db: TenantDb,
    private readonly sales: SalesService,
    private readonly queries: SalesQueries,
    private readonly contacts: ContactLoaders,
    private readonly staff: StaffLoader,
  ) {}

  @RequirePermission('orders:read')
  @Query(() => InvoiceConnection, { description: 'Invoices, newest first' })
  invoices(@Args() args: InvoicesArgs) {
    return this.queries.invoices(args, args.filter);
  }

  @RequirePermission('orders:read')
  @Query(() => Invoice, { description: 'One invoice with everything its printed (RTL) page shows' })
  invoice(@Args('id', { type: () => ID }) id: string): Promise<Invoice> {
    return this.queries.invoice(id);
  }

  @RequirePermission('orders:write')
  @Mutation(() => Invoice, { description: 'CONFIRMED pro-forma → invoice numbered without gaps in the current Jalali year' })
  async issueInvoice(@Args('proformaId', { type: () => ID }) proformaId: string): Promise<Invoice> {
    return this.db.tx(async () => this.queries.invoice(await this.sales.issueInvoice(proformaId)));
  }

  @RequirePermission('orders:write')
  @Mutation(() => Invoice, { description: 'Records a payment of at most the balance; returns the invoice with its new payment status' })
  async recordPayment(
    @Args('invoiceId', { type: () => ID }) invoiceId: string,
    @Args('input') input: RecordPaymentInput,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string | null,
  ): Promise<Invoice> {
    await this.sales.recordPayment(invoiceId, input, idempotencyKey);
    return this.queries.invoice(invoiceId);
  }

  @RequirePermission('orders:write')
  @Mutation(() => Invoice, { description: 'Cancels an invoice whose goods have not been shipped; the number stays used' })
  async cancelInvoice(@Args() args: ReasonArgs): Promise<Invoice> {
    return this.db.tx(async () => this.queries.invoice(await this.sales.cancelInvoice(args.id, args.reason)));
  }

  @ResolveField(() => [SalesLine], { description: 'The lines as sold (product names and prices of the pro-forma)' })
  lines(@Parent() invoice: Invoice) {
    return this.queries.linesOf(invoice.proformaId);
  }

  @ResolveField(() => Proforma, { nullable: true })
  proforma(@Parent() invoice: Invoice) {
    return this.queries.proformaById(invoice.proformaId);
  }

  @ResolveField(() => Contact, { nullable: true, description: 'The customer (name, phones, address for the print view)' })
  contact(@Parent() invoice: Invoice) {
    return this.contacts.contact(invoice.contactId);
  }

  @ResolveField(() => StaffMember, { nullable: true, description: 'The responsible rep' })
  owner(@Parent() invoice: Invoice) {
    return invoice.ownerMemberId ? this.staff.load(invoice.ownerMemberId) : null;
  }

  @ResolveField(() => [InvoicePayment])
  payments(@Parent() invoice: Invoice) {
    return this.queries.paymentsOf(invoice.id);
  }

  @ResolveField(() => WarehouseIssue, { nullable: true, description: 'The goods’ warehouse issue (the live one, else the last cancelled)' })
  warehouseIssue(@Parent() invoice: Invoice) {
    return this.queries.issueOfInvoice(invoice.id);
  }

  @ResolveField(() => InvoiceSeller, { description: 'The seller block of the printed invoice' })
  seller() {
    return this.queries.seller();
  }
}

@Resolver(() => InvoicePayment)
export class InvoicePaymentsResolver {
  constructor(private readonly staff: StaffLoader) {}

  @ResolveField(() => StaffMember, { nullable: true })
  recordedBy(@Parent() payment: InvoicePayment) {
    return payment.recordedByMemberId ? this.staff.load(payment.recordedByMemberId) : null;
  }
}

@Resolver(() => WarehouseIssue)
export class WarehouseIssuesResolver {
  constructor(
    private readonly db: TenantDb,
    private readonly sales: SalesService,
    private readonly queries: SalesQueries,
    private readonly contacts: ContactLoaders,
  ) {}

  @RequirePermission('orders:read')
  @Query(() => WarehouseIssueConnection, { description: 'Warehouse issues (حواله انبار), newest first' })
  warehouseIssues(@Args() args: WarehouseIssuesArgs) {
    return this.queries.warehouseIssues(args, args.filter);
  }

  @RequirePermission('orders:read')
  @Query(() => WarehouseIssue)
  warehouseIssue(@Args('id', { type: () => ID }) id: string): Promise<WarehouseIssue> {
    return this.queries.warehouseIssue(id);
  }

  @RequirePermission('inventory:write')
  @Mutation(() => WarehouseIssue, { description: 'Takes the invoice’s reserved goods out of stock' })
  async createWarehouseIssue(@Args('invoiceId', { type: () => ID }) invoiceId: string): Promise<WarehouseIssue> {
    return this.db.tx(async () => this.queries.warehouseIssue(await this.sales.createWarehouseIssue(invoiceId)));
  }

  @RequirePermission('inventory:write')
  @Mutation(() => WarehouseIssue, { description: 'ISSUED → SHIPPED' })
  async markIssueShipped(@Args() args: ShipArgs): Promise<WarehouseIssue> {
    return this.db.tx(async () => this.queries.warehouseIssue(await this.sales.markShipped(args.id, args.trackingCode)));
  }

  @RequirePermission('inventory:write')
  @Mutation(() => WarehouseIssue, { description: 'SHIPPED (or ISSUED, collected at the counter) → DELIVERED' })
  async markIssueDelivered(@Args('id', { type: () => ID }) id: string): Promise<WarehouseIssue> {
    return this.db.tx(async () => this.queries.warehouseIssue(await this.sales.markDelivered(id)));
  }

  @RequirePermission('inventory:write')
  @Mutation(() => WarehouseIssue, { description: 'Goods coming back: restores the stock through the ledger' })
  async returnWarehouseIssue(@Args() args: ReturnArgs): Promise<WarehouseIssue> {
    return this.db.tx(async () => this.queries.warehouseIssue(await this.sales.returnIssue(args.id, args.lines)));
  }

  @ResolveField(() => [WarehouseIssueLine])
  lines(@Parent() issue: WarehouseIssue) {
    return this.queries.issueLinesOf(issue.id);
  }

  @ResolveField(() => Invoice, { nullable: true })
  invoice(@Parent() issue: WarehouseIssue) {
    return this.queries.invoiceById(issue.invoiceId);
  }

  @ResolveField(() => Contact, { nullable: true, description: 'The customer (the delivery address)' })
  contact(@Parent() issue: WarehouseIssue) {
    return this.contacts.contact(issue.contactId);
  }
}
