import { Injectable } from '@nestjs/common';
import { isValidCalendarDate } from '@peyvand/calendar';
import { normalizePhone } from '@peyvand/phone';
import { toLatinDigits } from '@peyvand/text';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { v7 as timeOrderedUuid } from 'uuid';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, FieldError } from '../../core/errors/domain-errors';
import { DomainEvents } from '../../core/events/domain-events';
import { contactSearchText, nationalPhone } from './contact-values';
import { ContactEvents, ContactsImportedEvent } from './contacts.events';
import { ContactsService, normaliseTags } from './contacts.service';
import { CustomFieldsService } from './custom-fields.service';
import { ContactFilter } from './dto/contact.inputs';
import { IMPORT_FIELDS, ImportContactsInput, ImportFormat } from './dto/import.inputs';
import { ContactSource, ExportFormat, Gender, LifecycleStage } from './models/contact.enums';
import { ExportFile, ImportResult, ImportRowError } from './models/contact.model';

const MAX_IMPORT_ROWS = 200_000;
const MAX_EXPORT_ROWS = 200_000;
const CHUNK = 2500;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Row {
  line: number;
  firstName: string;
  lastName: string;
  phones: Array<{ e164: string; kind: 'MOBILE' | 'LANDLINE' | 'FOREIGN' }>;
  email: string | null;
  gender: string | null;
  birth: { calendar: 'JALALI' | 'GREGORIAN'; year: number; month: number; day: number } | null;
  province: string | null;
  city: string | null;
  address: string | null;
  tags: string[];
  notes: string | null;
  source: string;
  custom: Record<string, unknown>;
}

interface Existing {
  id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  gender: string | null;
  birth_calendar: string | null;
  birth_year: number | null;
  birth_month: number | null;
  birth_day: number | null;
  province: string | null;
  city: string | null;
  address: string | null;
  tags: string[];
  notes: string | null;
  custom_fields: Record<string, unknown>;
  phones: string[];
}

const GENDERS: Record<string, Gender> = {
  زن: Gender.FEMALE, خانم: Gender.FEMALE, female: Gender.FEMALE, f: Gender.FEMALE, woman: Gender.FEMALE,
  مرد: Gender.MALE, آقا: Gender.MALE, male: Gender.MALE, m: Gender.MALE, man: Gender.MALE,
};

/**
 * Spreadsheet import and export. Import: parse (CSV or XLSX), map columns, validate every row (bad rows are
 * reported with their reason and skipped), dedupe by normalised phone and email against the file and the
 * database, then insert new contacts and fill in existing ones in bulk, in one transaction. Re-importing the same
 * file changes nothing.
 */
@Injectable()
export class ImportExportService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly events: DomainEvents,
    private readonly contacts: ContactsService,
    private readonly customFields: CustomFieldsService,
  ) {}

  async preview(input: ImportContactsInput): Promise<string[]> {
    const [header] = await readTable(input, 1);
    return header ?? [];
  }

  async importContacts(input: ImportContactsInput): Promise<ImportResult> {
    const table = await readTable(input, MAX_IMPORT_ROWS + 1);
    const [header, ...data] = table;
    if (!header) throw BadInputError.field('input.contentBase64', 'the file is empty');
    const columns = this.mapColumns(header, input);
    const errors: ImportRowError[] = [];
    // 1. Read: parse and check every row, fold in-file duplicates, find the contacts that already exist.
    const { rows, total, unique, existing } = await this.db.tx(async (em) => {
      const defs = await this.customFields.definitions(em);
      const parsedRows: Row[] = [];
      data.forEach((cells, i) => {
        const line = i + 1;
        if (cells.every((c) => !c?.trim())) return;
        const parsed = this.parseRow(cells, columns, line, defs);
        if ('problems' in parsed) errors.push(...parsed.problems);
        else parsedRows.push(parsed);
      });
      const folded = foldDuplicates(parsedRows);
      return {
        rows: parsedRows,
        total: data.filter((cells) => cells.some((c) => c?.trim())).length,
        unique: folded,
        existing: await this.findExisting(em, folded),
      };
    });
    const fresh = unique.filter((row) => !existing.has(row.line));
    // 2. Fill in the existing contacts (one transaction).
    let updated = 0;
    let unchanged = rows.length - unique.length; // later rows of the same person inside the file
    await this.db.tx(async (em) => {
      for (const row of unique) {
        const match = existing.get(row.line);
        if (!match) continue;
        if (await this.fillIn(em, match, row)) updated++;
        else unchanged++;
      }
    });
    // 3. Insert the new ones in batches, two at a time (one per core), each batch its own transaction: a failure
    //    leaves whole batches, and re-running the file completes the import without duplicating anything.
    const batches: Row[][] = [];
    for (let i = 0; i < fresh.length; i += CHUNK) batches.push(fresh.slice(i, i + CHUNK));
    let created = 0;
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next++];
        const inserted = await this.db.tx(async (em) => {
          // Let the trigram (GIN) index collect new entries in a larger pending list during the bulk insert, and
          // audit each batch as one entry naming the new ids instead of one entry per contact and phone.
          await em.query(`SELECT set_config('gin_pending_list_limit', '16MB', true), set_config('app.audit_inserts', 'summary', true)`);
          return this.insertBatch(em, batch);
        });
        created += inserted;
      }
    };
    await Promise.all([worker(), worker()]);
    const failedRows = new Set(errors.map((e) => e.row)).size;
    return { totalRows: total, created, updated, unchanged, failed: failedRows, errors: errors.slice(0, 1000) };
  }

  async exportContacts(filter: ContactFilter, search: string | undefined, format: ExportFormat): Promise<ExportFile> {
    const header = ['firstName', 'lastName', 'mobile', 'phones', 'email', 'stage', 'tags', 'province', 'city', 'address', 'source', 'createdAt'];
    const rows: string[][] = [];
    for await (const batch of this.contacts.iterate(filter, search, 1000)) {
      const phones = await this.contacts.phonesOf(batch.map((c) => c.id));
      for (const c of batch) {
        rows.push([
          c.firstName, c.lastName, c.primaryPhone ? nationalPhone(c.primaryPhone) : '',
          (phones.get(c.id) ?? []).map((p) => p.national).join(', '), c.email ?? '', c.stage, c.tags.join(', '),
          c.province ?? '', c.city ?? '', c.address ?? '', c.source, c.createdAt.toISOString(),
        ]);
      }
      if (rows.length >= MAX_EXPORT_ROWS) throw BadInputError.field('filter', `matches more than ${MAX_EXPORT_ROWS} contacts; narrow it down`);
    }
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === ExportFormat.CSV) {
      // A byte-order mark makes Excel read Persian text as UTF-8.
      const csv = '\ufeff' + stringifyCsv([header, ...rows]);
      return { fileName: `contacts-${stamp}.csv`, contentType: 'text/csv; charset=utf-8', contentBase64: Buffer.from(csv, 'utf8').toString('base64'), rowCount: rows.length };
    }
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Contacts', { views: [{ rightToLeft: true }] });
    sheet.addRow(header);
    sheet.addRows(rows);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    return {
      fileName: `contacts-${stamp}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: buffer.toString('base64'),
      rowCount: rows.length,
    };
  }

  private mapColumns(header: string[], input: ImportContactsInput): Map<string, number> {
    const errors: FieldError[] = [];
    const columns = new Map<string, number>();
    if (!input.mapping.length) throw BadInputError.field('input.mapping', 'map at least one column');
    input.mapping.forEach((m, i) => {
      const index = header.findIndex((h) => h.trim() === m.column.trim());
      if (index < 0) errors.push({ field: `input.mapping.${i}.column`, message: `the file has no column "${m.column}"` });
      else if (!(IMPORT_FIELDS as readonly string[]).includes(m.field) && !/^custom\.[a-z][a-z0-9_]{0,39}$/.test(m.field)) {
        errors.push({ field: `input.mapping.${i}.field`, message: `must be one of ${IMPORT_FIELDS.join(', ')} or custom.<key>` });
      } else if (columns.has(m.field)) errors.push({ field: `input.mapping.${i}.field`, message: `${m.field} is mapped twice` });
      else columns.set(m.field, index);
    });
    if (!columns.has('firstName') && !columns.has('fullName') && !columns.has('lastName')) {
      errors.push({ field: 'input.mapping', message: 'map a name column (firstName, lastName or fullName)' });
    }
    if (errors.length) throw new BadInputError(errors);
    return columns;
  }

  private parseRow(cells: string[], columns: Map<string, number>, line: number, defs: Awaited<ReturnType<CustomFieldsService['definitions']>>): Row | { problems: ImportRowError[] } {
    const get = (field: string): string => {
      const i = columns.get(field);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const errors: ImportRowError[] = [];
    const problem = (field: string, code: string, message: string, value: string | null = null, reason: string | null = null) =>
      errors.push({ row: line, field, code, value, reason, message });
    let firstName = get('firstName');
    let lastName = get('lastName');
    if (!firstName && get('fullName')) {
      const [first, ...rest] = get('fullName').split(/\s+/);
      firstName = first;
      lastName ||= rest.join(' ');
    }
    if (!firstName && lastName) [firstName, lastName] = [lastName, ''];
    if (!firstName) problem('firstName', 'NAME_REQUIRED', 'a name is required');
    const phones: Row['phones'] = [];
    for (const field of ['mobile', 'phone']) {
      for (const raw of get(field).split(/[,،;|]/).map((s) => s.trim()).filter(Boolean)) {
        const result = normalizePhone(raw, { defaultCountry: 'IR', allowForeign: true });
        if (!result.ok) problem(field, 'INVALID_PHONE', `${raw}: ${result.message}`, raw, result.reason);
        else if (!phones.some((p) => p.e164 === result.e164)) phones.push({ e164: result.e164, kind: result.kind === 'mobile' ? 'MOBILE' : result.kind === 'landline' ? 'LANDLINE' : 'FOREIGN' });
      }
    }
    const email = get('email').toLowerCase() || null;
    if (email && !EMAIL.test(email)) problem('email', 'INVALID_EMAIL', `${email} is not an email address`, email);
    const genderRaw = get('gender').toLowerCase();
    const gender = genderRaw ? (GENDERS[genderRaw] ?? null) : null;
    if (genderRaw && !gender) problem('gender', 'INVALID_GENDER', `"${genderRaw}" is not a gender (زن/مرد, female/male)`, genderRaw);
    const birth = parseBirthDate(get('birthDate'));
    if (birth === 'invalid') problem('birthDate', 'INVALID_DATE', `${get('birthDate')} is not a date (1370/05/12 or 1991-08-03)`, get('birthDate'));
    const sourceRaw = get('source').toUpperCase();
    const source = sourceRaw && (Object.values(ContactSource) as string[]).includes(sourceRaw) ? sourceRaw : ContactSource.IMPORT;
    const customRaw: Record<string, unknown> = {};
    for (const [field, index] of columns) if (field.startsWith('custom.')) customRaw[field.slice(7)] = (cells[index] ?? '').trim() || null;
    let custom: Record<string, unknown> = {};
    try {
      custom = this.customFields.validateWith(defs, customRaw, 'custom', false);
    } catch (e) {
      if (!(e instanceof BadInputError)) throw e;
      for (const f of e.extensions.fields as FieldError[]) {
        const key = f.field.replace(/^custom\./, '');
        problem(`custom.${key}`, 'INVALID_CUSTOM_FIELD', f.message, customRaw[key] == null ? null : String(customRaw[key]));
      }
    }
    if (errors.length) return { problems: errors };
    return {
      line, firstName, lastName, phones, email, gender, birth: birth === 'invalid' ? null : birth,
      province: get('province') || null, city: get('city') || null, address: get('address') || null,
      tags: normaliseTags(get('tags').split(/[,،;|]/)), notes: get('notes') || null, source, custom,
    };
  }

  /** Existing live contacts matching rows by phone or email (row line → contact). */
  private async findExisting(em: EntityManager, rows: Row[]): Promise<Map<number, Existing>> {
    const phones = [...new Set(rows.flatMap((r) => r.phones.map((p) => p.e164)))];
    const emails = [...new Set(rows.map((r) => r.email).filter((e): e is string => !!e))];
    const byPhone = new Map<string, string>();
    const byEmail = new Map<string, string>();
    for (let i = 0; i < phones.length; i += 10_000) {
      const found: Array<{ e164: string; contact_id: string }> = await em.query(
        `SELECT p.e164, p.contact_id FROM contact_phones p JOIN contacts c ON c.id = p.contact_id AND c.deleted_at IS NULL WHERE p.e164 = ANY($1)`,
        [phones.slice(i, i + 10_000)],
      );
      for (const f of found) if (!byPhone.has(f.e164)) byPhone.set(f.e164, f.contact_id);
    }
    for (let i = 0; i < emails.length; i += 10_000) {
      const found: Array<{ email: string; id: string }> = await em.query(
        `SELECT email, id FROM contacts WHERE deleted_at IS NULL AND email IS NOT NULL AND email = ANY($1)`,
        [emails.slice(i, i + 10_000)],
      );
      for (const f of found) if (!byEmail.has(f.email)) byEmail.set(f.email, f.id);
    }
    const matchIds = new Map<number, string>();
    for (const r of rows) {
      const id = r.phones.map((p) => byPhone.get(p.e164)).find(Boolean) ?? (r.email ? byEmail.get(r.email) : undefined);
      if (id) matchIds.set(r.line, id);
    }
    const ids = [...new Set(matchIds.values())];
    const details = new Map<string, Existing>();
    for (let i = 0; i < ids.length; i += 5000) {
      const found: Existing[] = await em.query(
        `SELECT c.id, c.first_name, c.last_name, c.email, c.gender, c.birth_calendar, c.birth_year, c.birth_month, c.birth_day,
                c.province, c.city, c.address, c.tags, c.notes, c.custom_fields,
                COALESCE((SELECT array_agg(p.e164) FROM contact_phones p WHERE p.contact_id = c.id), '{}') AS phones
           FROM contacts c WHERE c.id = ANY($1::uuid[])`,
        [ids.slice(i, i + 5000)],
      );
      for (const f of found) details.set(f.id, f);
    }
    const result = new Map<number, Existing>();
    for (const [line, id] of matchIds) result.set(line, details.get(id)!);
    return result;
  }

  /** Fills an existing contact from a row: blank fields, new phones, new tags, new custom values. True if changed. */
  private async fillIn(em: EntityManager, c: Existing, row: Row): Promise<boolean> {
    const set: Record<string, unknown> = {};
    if (!c.last_name && row.lastName) set.last_name = row.lastName;
    if (!c.email && row.email) set.email = row.email;
    if (!c.gender && row.gender) set.gender = row.gender;
    if (!c.birth_month && row.birth) Object.assign(set, { birth_calendar: row.birth.calendar, birth_year: row.birth.year, birth_month: row.birth.month, birth_day: row.birth.day });
    for (const key of ['province', 'city', 'address', 'notes'] as const) if (!c[key] && row[key]) set[key] = row[key];
    const tags = normaliseTags([...c.tags, ...row.tags]);
    if (tags.length !== c.tags.length) set.tags = tags;
    const custom = { ...row.custom, ...c.custom_fields };
    if (Object.keys(custom).length !== Object.keys(c.custom_fields).length) set.custom_fields = JSON.stringify(custom);
    const newPhones = row.phones.filter((p) => !c.phones.includes(p.e164));
    if (!Object.keys(set).length && !newPhones.length) return false;
    if (newPhones.length) {
      await em.query(
        `INSERT INTO contact_phones (workspace_id, contact_id, e164, kind, is_primary)
         SELECT app_current_workspace(), $1, x.e164, x.kind, false FROM jsonb_to_recordset($2::jsonb) AS x(e164 text, kind text)
         ON CONFLICT (contact_id, e164) DO NOTHING`,
        [c.id, JSON.stringify(newPhones)],
      );
    }
    const allPhones = [...c.phones, ...newPhones.map((p) => p.e164)];
    set.search_text = contactSearchText(
      { firstName: c.first_name, lastName: (set.last_name as string) ?? c.last_name, email: (set.email as string) ?? c.email },
      allPhones,
    );
    const keys = Object.keys(set);
    await em.query(
      `UPDATE contacts SET ${keys.map((k, i) => `${k} = $${i + 2}${k === 'custom_fields' ? '::jsonb' : ''}`).join(', ')}, updated_at = now() WHERE id = $1`,
      [c.id, ...keys.map((k) => set[k])],
    );
    return true;
  }

  private async insertBatch(em: EntityManager, rows: Row[]): Promise<number> {
    const principal = this.context.principal();
    const actor = principal?.kind === 'staff' ? principal.memberId : null;
    const records = rows.map((r) => {
      const primary = r.phones.find((p) => p.kind === 'MOBILE') ?? r.phones[0];
      return {
        // Time-ordered ids: new rows land at the end of the id and (workspace, contact) indexes instead of at
        // random pages of million-row indexes.
        id: timeOrderedUuid(),
        first_name: r.firstName,
        last_name: r.lastName,
        gender: r.gender,
        birth_calendar: r.birth?.calendar ?? null,
        birth_year: r.birth?.year ?? null,
        birth_month: r.birth?.month ?? null,
        birth_day: r.birth?.day ?? null,
        email: r.email,
        primary_phone: primary?.e164 ?? null,
        province: r.province,
        city: r.city,
        address: r.address,
        source: r.source,
        tags: r.tags,
        notes: r.notes,
        custom_fields: r.custom,
        search_text: contactSearchText(r, r.phones.map((p) => p.e164)),
        phones: r.phones.map((p) => ({ ...p, is_primary: p === primary })),
      };
    });
    await em.query(
      `INSERT INTO contacts (id, workspace_id, first_name, last_name, gender, birth_calendar, birth_year, birth_month, birth_day, email,
                             primary_phone, province, city, address, source, tags, notes, stage, custom_fields, search_text)
       SELECT x.id, app_current_workspace(), x.first_name, x.last_name, x.gender, x.birth_calendar, x.birth_year, x.birth_month, x.birth_day, x.email,
              x.primary_phone, x.province, x.city, x.address, x.source, x.tags, x.notes, '${LifecycleStage.SUSPECT}', x.custom_fields, x.search_text
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, first_name text, last_name text, gender text, birth_calendar text, birth_year int,
              birth_month int, birth_day int, email text, primary_phone text, province text, city text, address text, source text,
              tags text[], notes text, custom_fields jsonb, search_text text)`,
      [JSON.stringify(records)],
    );
    await em.query(
      `INSERT INTO contact_phones (workspace_id, contact_id, e164, kind, is_primary)
       SELECT app_current_workspace(), x.contact_id, x.e164, x.kind, x.is_primary
         FROM jsonb_to_recordset($1::jsonb) AS x(contact_id uuid, e164 text, kind text, is_primary boolean)`,
      [JSON.stringify(records.flatMap((r) => r.phones.map((p) => ({ contact_id: r.id, e164: p.e164, kind: p.kind, is_primary: p.is_primary }))))],
    );
    await em.query(
      `INSERT INTO stage_changes (workspace_id, contact_id, from_stage, to_stage, reason, automatic, changed_by_member_id)
       SELECT app_current_workspace(), id, NULL, '${LifecycleStage.SUSPECT}', 'imported', false, $2 FROM unnest($1::uuid[]) AS id`,
      [records.map((r) => r.id), actor],
    );
    await this.events.publish<ContactsImportedEvent>(ContactEvents.Imported, {
      workspaceId: this.context.workspaceId()!,
      contactIds: records.map((r) => r.id),
      actorMemberId: actor,
    });
    return records.length;
  }
}

/** Later rows with a phone or email already seen in the file are folded into the first such row. */
function foldDuplicates(rows: Row[]): Row[] {
  const byKey = new Map<string, Row>();
  const out: Row[] = [];
  for (const row of rows) {
    const keys = [...row.phones.map((p) => `p:${p.e164}`), ...(row.email ? [`e:${row.email}`] : [])];
    const first = keys.map((k) => byKey.get(k)).find(Boolean);
    if (!first) {
      out.push(row);
      keys.forEach((k) => byKey.set(k, row));
      continue;
    }
    for (const p of row.phones) if (!first.phones.some((q) => q.e164 === p.e164)) first.phones.push(p);
    first.email ??= row.email;
    first.tags = normaliseTags([...first.tags, ...row.tags]);
    keys.forEach((k) => byKey.set(k, first));
  }
  return out;
}

function parseBirthDate(raw: string): Row['birth'] | 'invalid' {
  if (!raw) return null;
  const latin = toLatinDigits(raw).trim().replace(/[.\-]/g, '/');
  const m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(latin);
  if (!m) return 'invalid';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const calendar = year < 1700 ? 'JALALI' : 'GREGORIAN';
  if (!isValidCalendarDate({ calendar: calendar === 'JALALI' ? 'jalali' : 'gregorian', year, month, day })) return 'invalid';
  return { calendar, year, month, day };
}

/** The file as rows of strings (the first is the header). */
async function readTable(input: ImportContactsInput, maxRows: number): Promise<string[][]> {
  const buffer = Buffer.from(input.contentBase64, 'base64');
  if (!buffer.length) throw BadInputError.field('input.contentBase64', 'the file is empty');
  let rows: string[][];
  if (input.format === ImportFormat.CSV) {
    try {
      rows = parseCsv(buffer, { bom: true, relax_column_count: true, skip_empty_lines: true, to: maxRows, cast: false }) as string[][];
    } catch (e) {
      throw BadInputError.field('input.contentBase64', `not a readable CSV file: ${(e as Error).message}`);
    }
  } else {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw BadInputError.field('input.contentBase64', 'not a readable XLSX file');
    }
    const sheet = workbook.worksheets[0];
    rows = [];
    sheet?.eachRow({ includeEmpty: false }, (row) => {
      if (rows.length >= maxRows) return;
      const values: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        values[col - 1] = cell.text ?? '';
      });
      rows.push(Array.from(values, (v) => v ?? ''));
    });
  }
  if (rows.length > MAX_IMPORT_ROWS + 1) throw BadInputError.field('input.contentBase64', `at most ${MAX_IMPORT_ROWS} rows per file`);
  return rows;
}
