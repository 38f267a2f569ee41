import { Injectable } from '@nestjs/common';
import { addDays, formatISODate, zonedToday } from '@peyvand/calendar';
import { formatIranianPhone } from '@peyvand/phone';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../../../core/context/request-context';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError, ConflictError, FieldError, NotFoundError } from '../../../core/errors/domain-errors';
import { Connection, PageArgs, paginate } from '../../../core/graphql/connection';
import { ContactsService } from '../../contacts/contacts.service';
import type { ContactEntity } from '../../contacts/entities/contact.entity';
import type { WorkspaceEntity } from '../../workspaces/workspace.entity';
import { WorkspacesService } from '../../workspaces/workspaces.service';
import { MessageChannel, MessagePurpose } from '../message.model';
import { countSmsParts } from '@peyvand/text';
import { MessageTemplateEntity } from './message-template.entity';
import {
  CreateMessageTemplateInput, MessageTemplate, MessageTemplateFilter, MessageTemplatePreview, PreviewMessageTemplateInput, TemplateVariable,
  TEMPLATE_KEY_PATTERN, TemplateVariableKind, TemplateVariableSource, UpdateMessageTemplateInput,
} from './message-template.model';
import { placeholdersOf, render, RenderOptions, TemplateLanguage, TemplateRenderError, TemplateValues, toEmailHtml, validateTemplate } from './template-renderer';
import { isParamVariable, TEMPLATE_VARIABLES, templateVariable } from './template-variables';

type Channel = MessageChannel | 'EMAIL' | 'SMS';

/** What the outbox asks for: a saved template (by id, or by key in a language with fallback) rendered for a contact. */
export interface RenderTemplateRequest {
  templateKey?: string;
  templateId?: string;
  channel: Channel;
  /** Default: the workspace's default language; a key without this translation falls back to the other language. */
  language?: TemplateLanguage;
  contactId: string;
  /** Values of the PARAM variables, flat ({ 'coupon.code': … }) or nested ({ coupon: { code: … } }). */
  params?: Record<string, unknown>;
}

/** A one-off message with the same variables and rules as a template. */
export interface RenderAdHocRequest {
  channel: Channel;
  language?: TemplateLanguage;
  subject?: string | null;
  body: string;
  contactId: string;
  params?: Record<string, unknown>;
  /** Echoed in the result; default TRANSACTIONAL. */
  purpose?: MessagePurpose;
}

export interface RenderedMessage {
  templateId: string | null;
  templateKey: string | null;
  purpose: MessagePurpose;
  language: TemplateLanguage;
  subject: string | null;
  bodyText: string;
  /** Email only. */
  bodyHtml: string | null;
}

/** A template or one-off text checked once, rendering for one contact at a time. */
export interface PreparedMessage extends Pick<RenderedMessage, 'templateId' | 'templateKey' | 'purpose' | 'language'> {
  channel: 'EMAIL' | 'SMS';
  render(contact: ContactEntity): RenderedMessage;
}

interface TemplateContent {
  channel: Channel;
  language: TemplateLanguage;
  subject: string | null;
  body: string;
}

const toModel = (e: MessageTemplateEntity): MessageTemplate => ({
  id: e.id, key: e.key, name: e.name, channel: e.channel as MessageChannel, language: e.language, purpose: e.purpose as MessagePurpose,
  subject: e.subject, body: e.body, variables: e.variables, createdAt: e.createdAt, updatedAt: e.updatedAt,
});

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
const PARAM_NAMES = TEMPLATE_VARIABLES.filter((v) => v.source === 'param').map((v) => v.name);

/**
 * Message templates per workspace, channel and language, checked against the variable catalog at save, and the
 * rendering the outbox calls (`renderIn`, `renderAdHocIn`) inside the caller's transaction.
 */
@Injectable()
export class MessageTemplatesService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly contacts: ContactsService,
    private readonly workspaces: WorkspacesService,
  ) {}

  /**
   * A greeting saved for later (an important date's text): a template key, or one-off text whose {{variables}} exist
   * and need no params (nothing supplies them at send time). BAD_USER_INPUT on `field` otherwise.
   */
  checkScheduledText(text: string, field: string): void {
    if (TEMPLATE_KEY_PATTERN.test(text)) return;
    const problems = validateTemplate(null, text).map((p) => ({ field, message: p.message }));
    const params = placeholdersOf(null, text).filter((name) => isParamVariable(name));
    if (params.length) problems.push({ field, message: `${params.map((p) => `{{${p}}}`).join(', ')} cannot be used here: nothing supplies it when the greeting is sent` });
    if (problems.length) throw new BadInputError(problems);
  }

  variables(): TemplateVariable[] {
    return TEMPLATE_VARIABLES.map((v) => ({
      name: v.name,
      kind: v.kind.toUpperCase() as TemplateVariableKind,
      source: v.source.toUpperCase() as TemplateVariableSource,
      descriptionFa: v.description.fa,
      descriptionEn: v.description.en,
    }));
  }

  list(args: PageArgs, filter: MessageTemplateFilter = {}): Promise<Connection<MessageTemplate>> {
    return this.db.tx(async (em) => {
      const qb = em.createQueryBuilder(MessageTemplateEntity, 't');
      if (filter.channel) qb.andWhere('t.channel = :channel', { channel: filter.channel });
      if (filter.language) qb.andWhere('t.language = :language', { language: filter.language });
      if (filter.search?.trim()) qb.andWhere('(t.key ILIKE :search OR t.name ILIKE :search)', { search: `%${escapeLike(filter.search.trim())}%` });
      return paginate(qb, args, { orderBy: 'createdAt', map: toModel, count: this.db.count });
    });
  }

  get(id: string): Promise<MessageTemplate> {
    return this.db.tx(async (em) => toModel(await this.load(em, id)));
  }

  create(input: CreateMessageTemplateInput): Promise<MessageTemplate> {
    const content = checkContent(input.channel, input.subject, input.body, 'input');
    return this.db.tx(async (em) => {
      await this.assertKeyFree(em, input.key, input.channel, input.language);
      const entity = em.create(MessageTemplateEntity, {
        workspaceId: this.context.workspaceId()!,
        key: input.key,
        name: input.name.trim(),
        channel: input.channel as 'EMAIL' | 'SMS',
        language: input.language,
        purpose: input.purpose,
        ...content,
      });
      return toModel(await this.save(em, entity));
    });
  }

  update(id: string, input: UpdateMessageTemplateInput): Promise<MessageTemplate> {
    return this.db.tx(async (em) => {
      const entity = await this.load(em, id);
      const content = checkContent(entity.channel, input.subject === undefined ? entity.subject : input.subject, input.body ?? entity.body, 'input');
      if (input.key !== undefined && input.key !== entity.key) {
        await this.assertKeyFree(em, input.key, entity.channel, entity.language);
        entity.key = input.key;
      }
      if (input.name !== undefined) entity.name = input.name.trim();
      if (input.purpose !== undefined) entity.purpose = input.purpose;
      Object.assign(entity, content);
      return toModel(await this.save(em, entity));
    });
  }

  remove(id: string): Promise<boolean> {
    return this.db.tx(async (em) => {
      await em.remove(await this.load(em, id));
      return true;
    });
  }

  /** A saved template or a draft rendered for a real contact; params not given are filled with sample values. */
  preview(input: PreviewMessageTemplateInput): Promise<MessageTemplatePreview> {
    const given = [input.templateId, input.templateKey, input.draft].filter((x) => x != null).length;
    if (given !== 1) throw BadInputError.field('input', 'give exactly one of templateId, templateKey (with channel) or draft');
    if (input.templateKey && !input.channel) throw BadInputError.field('input.channel', 'is required with templateKey');
    const draft = input.draft ? checkContent(input.draft.channel, input.draft.subject, input.draft.body, 'input.draft') : null;
    return this.db.tx(async (em) => {
      const workspace = await this.workspace();
      let templateId: string | null = null;
      let content: TemplateContent;
      if (input.draft) content = { channel: input.draft.channel, language: input.draft.language, subject: draft!.subject, body: input.draft.body };
      else {
        const template = await this.pick(em, { templateId: input.templateId, templateKey: input.templateKey, channel: input.channel, language: input.language }, workspace, 'input');
        templateId = template.id;
        content = template;
      }
      const params = flattenParams(input.params, 'input.params');
      const now = new Date();
      const sampleParams = placeholdersOf(content.subject, content.body).filter((name) => isParamVariable(name) && params[name] === undefined);
      for (const name of sampleParams) params[name] = sampleValue(name, now, workspace.timezone);
      const rendered = this.renderContent(content, await this.contacts.load(em, input.contactId), params, workspace, now, 'input');
      return {
        templateId,
        language: content.language,
        ...rendered,
        smsParts: content.channel === MessageChannel.SMS ? countSmsParts(rendered.bodyText) : null,
        sampleParams,
      };
    });
  }

  /**
   * Renders a saved template for a contact inside the caller's transaction: by id, or by key and channel in the
   * requested language (default: the workspace's), falling back to the other language. Errors name `path` fields:
   * a missing param is BAD_USER_INPUT on `<path>.params`, an unknown template NOT_FOUND.
   */
  async renderIn(em: EntityManager, request: RenderTemplateRequest, path = 'input'): Promise<RenderedMessage> {
    const prepared = await this.prepareIn(em, request, path);
    return prepared.render(await this.contacts.load(em, request.contactId));
  }

  /** Renders a one-off text with the template rules (known variables only, subject for email and never for SMS). */
  async renderAdHocIn(em: EntityManager, request: RenderAdHocRequest, path = 'input'): Promise<RenderedMessage> {
    const prepared = await this.prepareIn(em, request, path);
    return prepared.render(await this.contacts.load(em, request.contactId));
  }

  /**
   * Text sent exactly as written — no {{variables}} — for words typed by people (a ticket reply, a customer's subject
   * echoed back), where braces are content, not placeholders.
   */
  async literalIn(
    em: EntityManager,
    request: { channel: Channel; language?: TemplateLanguage; subject?: string | null; body: string; purpose?: MessagePurpose },
    path = 'input',
  ): Promise<RenderedMessage> {
    const subject = request.subject?.trim() || null;
    if (request.channel === MessageChannel.EMAIL && !subject) throw BadInputError.field(`${path}.subject`, 'is required for email');
    if (!request.body.trim()) throw BadInputError.field(`${path}.body`, 'must not be empty');
    const language = request.language ?? (await this.workspace()).defaultLocale;
    return {
      templateId: null, templateKey: null, purpose: request.purpose ?? MessagePurpose.TRANSACTIONAL, language,
      subject: request.channel === MessageChannel.EMAIL ? subject : null, bodyText: request.body,
      bodyHtml: request.channel === MessageChannel.EMAIL ? toEmailHtml(request.body, language) : null,
    };
  }

  /**
   * Checks a template (or one-off text) and its params once and returns a renderer for any number of contacts
   * (bulk sends render a page of contacts at a time). Rendering errors are BAD_USER_INPUT naming `path` fields.
   */
  async prepareIn(
    em: EntityManager,
    request: Omit<RenderTemplateRequest, 'contactId'> | Omit<RenderAdHocRequest, 'contactId'>,
    path = 'input',
  ): Promise<PreparedMessage> {
    const workspace = await this.workspace();
    let content: TemplateContent;
    let meta: Pick<RenderedMessage, 'templateId' | 'templateKey' | 'purpose'>;
    if ('body' in request && request.body !== undefined) {
      const checked = checkContent(request.channel, request.subject, request.body, path);
      content = { channel: request.channel, language: request.language ?? workspace.defaultLocale, subject: checked.subject, body: request.body };
      meta = { templateId: null, templateKey: null, purpose: request.purpose ?? MessagePurpose.TRANSACTIONAL };
    } else {
      const template = await this.pick(em, request as Omit<RenderTemplateRequest, 'contactId'>, workspace, path);
      content = template;
      meta = { templateId: template.id, templateKey: template.key, purpose: template.purpose as MessagePurpose };
    }
    const params = flattenParams(request.params, `${path}.params`);
    const missing = placeholdersOf(content.subject, content.body).filter((name) => isParamVariable(name) && params[name] === undefined);
    if (missing.length) {
      throw BadInputError.field(`${path}.params`, `no value for ${missing.map((m) => `{{${m}}}`).join(', ')}: the sender must supply it`);
    }
    const now = new Date();
    return {
      ...meta,
      language: content.language,
      channel: content.channel as 'EMAIL' | 'SMS',
      render: (contact) => ({ ...meta, language: content.language, ...this.renderContent(content, contact, params, workspace, now, path) }),
    };
  }

  // Joins the caller's transaction (TenantDb.tx nests) to read the workspace's name, time zone, language and currency.
  private workspace(): Promise<WorkspaceEntity> {
    return this.workspaces.current();
  }

  private async pick(
    em: EntityManager,
    request: Pick<RenderTemplateRequest, 'templateId' | 'templateKey' | 'language'> & { channel?: Channel },
    workspace: WorkspaceEntity,
    path: string,
  ): Promise<MessageTemplateEntity> {
    if (request.templateId) {
      const template = await this.load(em, request.templateId);
      if (request.channel && template.channel !== request.channel) {
        throw BadInputError.field(`${path}.templateId`, `is a ${template.channel} template, not ${request.channel}`);
      }
      return template;
    }
    if (!request.templateKey || !request.channel) throw BadInputError.field(path, 'templateId, or templateKey with channel, is required');
    const wanted = request.language ?? workspace.defaultLocale;
    const candidates = await em.find(MessageTemplateEntity, { where: { key: request.templateKey, channel: request.channel as 'EMAIL' | 'SMS' } });
    const template = candidates.find((t) => t.language === wanted) ?? candidates[0];
    if (!template) throw new NotFoundError('Message template', `"${request.templateKey}" (${request.channel})`);
    return template;
  }

  private renderContent(
    content: TemplateContent,
    contact: ContactEntity,
    params: Record<string, unknown>,
    workspace: WorkspaceEntity,
    now: Date,
    path: string,
  ): Pick<RenderedMessage, 'subject' | 'bodyText' | 'bodyHtml'> {
    const values: TemplateValues = { ...dataValues(contact, workspace, content.language, now), ...params };
    const options: RenderOptions = { timeZone: workspace.timezone, currency: workspace.displayCurrency, now };
    const renderField = (text: string, field: 'subject' | 'body') => {
      try {
        return render(text, values, content.language, options);
      } catch (e) {
        if (!(e instanceof TemplateRenderError)) throw e;
        throw BadInputError.field(e.reason === 'missing' || e.reason === 'invalid' ? `${path}.params` : `${path}.${field}`, e.message);
      }
    };
    const subject = content.subject ? renderField(content.subject, 'subject') : null;
    const bodyText = renderField(content.body, 'body');
    return { subject, bodyText, bodyHtml: content.channel === MessageChannel.EMAIL ? toEmailHtml(bodyText, content.language) : null };
  }

  private async load(em: EntityManager, id: string): Promise<MessageTemplateEntity> {
    const template = await em.findOne(MessageTemplateEntity, { where: { id } });
    if (!template) throw new NotFoundError('Message template', id);
    return template;
  }

  private async assertKeyFree(em: EntityManager, key: string, channel: Channel, language: TemplateLanguage): Promise<void> {
    if (await em.exists(MessageTemplateEntity, { where: { key, channel: channel as 'EMAIL' | 'SMS', language } })) throw duplicate(key, channel, language);
  }

  private async save(em: EntityManager, entity: MessageTemplateEntity): Promise<MessageTemplateEntity> {
    try {
      return await em.save(entity);
    } catch (e) {
      // A concurrent transaction took the same key first.
      if ((e as { code?: string }).code === '23505') throw duplicate(entity.key, entity.channel, entity.language);
      throw e;
    }
  }
}

function duplicate(key: string, channel: Channel, language: TemplateLanguage): ConflictError {
  return new ConflictError(`A ${channel} template with key "${key}" in "${language}" already exists; edit it instead`, { field: 'input.key' });
}

/** The template rules: email needs a subject, SMS has none, every placeholder well-formed and in the catalog. */
function checkContent(channel: Channel, subject: string | null | undefined, body: string, path: string): { subject: string | null; body: string; variables: string[] } {
  const errors: FieldError[] = [];
  const trimmed = subject?.trim() || null;
  if (channel === MessageChannel.EMAIL && !trimmed) errors.push({ field: `${path}.subject`, message: 'is required for email' });
  if (channel === MessageChannel.SMS && trimmed) errors.push({ field: `${path}.subject`, message: 'an SMS has no subject; leave it empty' });
  if (!body.trim()) errors.push({ field: `${path}.body`, message: 'must not be empty' });
  for (const p of validateTemplate(trimmed, body)) errors.push({ field: `${path}.${p.field}`, message: p.message });
  if (errors.length) throw new BadInputError(errors);
  return { subject: trimmed, body, variables: placeholdersOf(trimmed, body) };
}

/** Params as flat variable names; nested objects ({ coupon: { code } }) are flattened. Only PARAM variables are accepted. */
function flattenParams(params: Record<string, unknown> | null | undefined, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  const walk = (obj: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(obj)) {
      const name = prefix ? `${prefix}.${key}` : key;
      const def = templateVariable(name);
      if (def) {
        if (def.source === 'param') out[name] = value;
        else errors.push({ field: `${path}.${name}`, message: `{{${name}}} comes from the ${def.source}, not from params` });
      } else if (isPlainObject(value) && PARAM_NAMES.some((p) => p.startsWith(`${name}.`))) walk(value, name);
      else errors.push({ field: `${path}.${name}`, message: `unknown param (params are ${PARAM_NAMES.join(', ')})` });
    }
  };
  if (params != null) {
    if (!isPlainObject(params)) throw BadInputError.field(path, 'must be an object of { name: value }');
    walk(params, '');
  }
  if (errors.length) throw new BadInputError(errors);
  return out;
}

/** The values read from data: the contact, the workspace and today. Phones in fa are one run of Persian digits (safe in RTL). */
function dataValues(contact: ContactEntity, workspace: WorkspaceEntity, language: TemplateLanguage, now: Date): TemplateValues {
  const phone = contact.primaryPhone
    ? language === 'fa'
      ? formatIranianPhone(contact.primaryPhone, { digits: 'fa' }).replace(/ /g, '')
      : formatIranianPhone(contact.primaryPhone)
    : null;
  const birthDate =
    contact.birthCalendar && contact.birthMonth && contact.birthDay
      ? { calendar: contact.birthCalendar.toLowerCase(), year: contact.birthYear ?? undefined, month: contact.birthMonth, day: contact.birthDay }
      : null;
  return {
    'contact.firstName': contact.firstName,
    'contact.lastName': contact.lastName,
    'contact.fullName': `${contact.firstName} ${contact.lastName}`.trim(),
    'contact.phone': phone,
    'contact.email': contact.email,
    'contact.birthDate': birthDate,
    'workspace.name': workspace.name,
    'date.today': now,
  };
}

/** A preview's stand-in for a param nobody gave: the catalog's sample, or for a date 30 days from today. */
function sampleValue(name: string, now: Date, timeZone: string): unknown {
  const def = templateVariable(name)!;
  if (def.sample !== undefined) return def.sample;
  return def.kind === 'date' ? formatISODate(addDays(zonedToday(now, timeZone), 30)) : name;
}
