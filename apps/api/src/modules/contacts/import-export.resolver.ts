import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { ContactFilter } from './dto/contact.inputs';
import { ImportContactsInput } from './dto/import.inputs';
import { ImportExportService } from './import-export.service';
import { ExportFormat } from './models/contact.enums';
import { ExportFile, ImportResult } from './models/contact.model';

@Resolver()
export class ImportExportResolver {
  constructor(private readonly service: ImportExportService) {}

  @RequirePermission('contacts:write')
  @Query(() => [String], { description: 'The column headers of a CSV/XLSX file, to map them before importing' })
  importPreview(@Args('input') input: ImportContactsInput): Promise<string[]> {
    return this.service.preview(input);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => ImportResult, { description: 'Imports contacts from CSV/XLSX: bad rows are reported, duplicates (phone/email) filled in, re-runs change nothing' })
  importContacts(@Args('input') input: ImportContactsInput): Promise<ImportResult> {
    return this.service.importContacts(input);
  }

  @RequirePermission('contacts:read')
  @Query(() => ExportFile, { description: 'Any filtered list as CSV or XLSX (base64)' })
  exportContacts(
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('filter', { type: () => ContactFilter, nullable: true }) filter?: ContactFilter,
    @Args('search', { type: () => String, nullable: true }) search?: string,
  ): Promise<ExportFile> {
    return this.service.exportContacts(filter ?? {}, search ?? undefined, format);
  }
}
