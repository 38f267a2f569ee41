import { Injectable } from '@nestjs/common';
import { isValidCalendarDate, parseISODate } from '@peyvand/calendar';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, ConflictError, FieldError, NotFoundError } from '../../core/errors/domain-errors';
import { CustomFieldInput } from './dto/contact.inputs';
import { CustomFieldDefinitionEntity } from './entities/contact-settings.entity';
import { CustomFieldType } from './models/contact.enums';
import { CustomFieldDefinition } from './models/contact.model';

const toModel = (e: CustomFieldDefinitionEntity): CustomFieldDefinition => ({
  id: e.id, key: e.key, label: e.label, type: e.type as CustomFieldType, options: e.options, required: e.required, position: e.position,
});

/** Per-workspace custom fields on contacts: definitions, and validation of the values a contact carries. */
@Injectable()
export class CustomFieldsService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
  ) {}

  list(): Promise<CustomFieldDefinition[]> {
    return this.db.tx(async (em) => (await em.find(CustomFieldDefinitionEntity, { order: { position: 'ASC', createdAt: 'ASC' } })).map(toModel));
  }

  define(input: CustomFieldInput): Promise<CustomFieldDefinition> {
    if (!/^[a-z][a-z0-9_]{0,39}$/.test(input.key)) throw BadInputError.field('input.key', 'must start with a letter and use a–z, 0–9 and _');
    const options = [...new Set((input.options ?? []).map((o) => o.trim()).filter(Boolean))];
    if ((input.type === CustomFieldType.SELECT || input.type === CustomFieldType.MULTI_SELECT) && !options.length) {
      throw BadInputError.field('input.options', 'a select field needs at least one option');
    }
    return this.db.tx(async (em) => {
      if (await em.exists(CustomFieldDefinitionEntity, { where: { key: input.key } })) {
        throw new ConflictError(`A custom field with key "${input.key}" exists`, { field: 'input.key' });
      }
      const saved = await em.save(
        em.create(CustomFieldDefinitionEntity, {
          workspaceId: this.context.workspaceId()!,
          key: input.key,
          label: input.label.trim(),
          type: input.type,
          options,
          required: input.required ?? false,
          position: input.position ?? 0,
        }),
      );
      return toModel(saved);
    });
  }

  remove(id: string): Promise<boolean> {
    return this.db.tx(async (em) => {
      const def = await em.findOneBy(CustomFieldDefinitionEntity, { id });
      if (!def) throw new NotFoundError('Custom field', id);
      await em.remove(def);
      await em.query(`UPDATE contacts SET custom_fields = custom_fields - $1 WHERE custom_fields ? $1`, [def.key]);
      return true;
    });
  }

  /** Checks values against the definitions; returns them normalised (numbers as numbers, dates as YYYY-MM-DD). */
  async validate(em: EntityManager, values: Record<string, unknown>, path: string, checkRequired: boolean): Promise<Record<string, unknown>> {
    return this.validateWith(await this.definitions(em), values, path, checkRequired);
  }

  definitions(em: EntityManager): Promise<CustomFieldDefinitionEntity[]> {
    return em.find(CustomFieldDefinitionEntity, {});
  }

  /** validate() with the definitions already loaded (bulk import checks many rows against one set). */
  validateWith(defs: CustomFieldDefinitionEntity[], values: Record<string, unknown>, path: string, checkRequired: boolean): Record<string, unknown> {
    if (typeof values !== 'object' || values === null || Array.isArray(values)) throw BadInputError.field(path, 'must be an object of { key: value }');
    const byKey = new Map(defs.map((d) => [d.key, d]));
    const errors: FieldError[] = [];
    const out: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(values)) {
      const def = byKey.get(key);
      const field = `${path}.${key}`;
      if (!def) {
        errors.push({ field, message: 'is not a custom field of this workspace' });
        continue;
      }
      if (raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0)) continue;
      const value = normaliseValue(def, raw);
      if (value === undefined) errors.push({ field, message: describeExpected(def) });
      else out[key] = value;
    }
    if (checkRequired) for (const d of defs) if (d.required && out[d.key] === undefined) errors.push({ field: `${path}.${d.key}`, message: 'is required' });
    if (errors.length) throw new BadInputError(errors);
    return out;
  }
}

function normaliseValue(def: CustomFieldDefinitionEntity, raw: unknown): unknown {
  switch (def.type) {
    case 'TEXT':
      return typeof raw === 'string' && raw.length <= 2000 ? raw : undefined;
    case 'NUMBER': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      return Number.isFinite(n) ? n : undefined;
    }
    case 'DATE': {
      if (typeof raw !== 'string') return undefined;
      const d = parseISODate(raw);
      return d && isValidCalendarDate({ calendar: 'gregorian', ...d }) ? raw : undefined;
    }
    case 'SELECT':
      return typeof raw === 'string' && def.options.includes(raw) ? raw : undefined;
    case 'MULTI_SELECT':
      return Array.isArray(raw) && raw.every((v) => typeof v === 'string' && def.options.includes(v)) ? [...new Set(raw)] : undefined;
  }
}

function describeExpected(def: CustomFieldDefinitionEntity): string {
  switch (def.type) {
    case 'NUMBER':
      return 'must be a number';
    case 'DATE':
      return 'must be a date as YYYY-MM-DD';
    case 'SELECT':
      return `must be one of: ${def.options.join(', ')}`;
    case 'MULTI_SELECT':
      return `must be a list of: ${def.options.join(', ')}`;
    default:
      return 'must be text of at most 2000 characters';
  }
}
