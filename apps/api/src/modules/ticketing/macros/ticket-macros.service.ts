import { Injectable } from '@nestjs/common';
import { toPersianDigits } from '@peyvand/text';
import { EntityManager, QueryFailedError } from 'typeorm';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError, ConflictError, NotFoundError } from '../../../core/errors/domain-errors';
import { ContactsService } from '../../contacts/contacts.service';
import { parseTemplate, render, validateTemplate } from '../../messaging/templates/template-renderer';
import { WorkspacesService } from '../../workspaces/workspaces.service';
import { TicketMacroInput } from '../dto/ticket.inputs';
import { TicketMacro } from '../models/ticket.model';
import { TicketEntity, TicketMacroEntity } from '../ticket.entities';

/** The variables a canned reply may use (filled from the ticket and its customer). */
export const MACRO_VARIABLES = ['contact.firstName', 'contact.lastName', 'contact.fullName', 'ticket.number', 'ticket.subject', 'workspace.name'] as const;

const toMacro = (e: TicketMacroEntity): TicketMacro => ({ id: e.id, name: e.name, body: e.body, updatedAt: e.updatedAt });

/**
 * Canned replies (ماکرو): named texts staff insert into the composer. Saved bodies are checked by the messaging
 * template parser and limited to MACRO_VARIABLES; inserting renders them with the messaging renderer for one ticket
 * (Persian digits for a Persian workspace) — the agent still edits the text before sending.
 */
@Injectable()
export class TicketMacrosService {
  constructor(
    private readonly db: TenantDb,
    private readonly contacts: ContactsService,
    private readonly workspaces: WorkspacesService,
  ) {}

  list(): Promise<TicketMacro[]> {
    return this.db.tx(async (em) => (await em.find(TicketMacroEntity, { order: { name: 'ASC' } })).map(toMacro));
  }

  create(input: TicketMacroInput): Promise<TicketMacro> {
    const { name, body } = this.check(input);
    return this.db.tx(async (em) => {
      await this.assertFreeName(em, name);
      return toMacro(await em.save(em.create(TicketMacroEntity, { workspaceId: this.db.currentWorkspaceId()!, name, body })));
    }).catch((e) => rethrowDuplicate(e, name));
  }

  update(id: string, input: TicketMacroInput): Promise<TicketMacro> {
    const { name, body } = this.check(input);
    return this.db.tx(async (em) => {
      const macro = await em.findOne(TicketMacroEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!macro) throw new NotFoundError('TicketMacro', id);
      if (name !== macro.name) await this.assertFreeName(em, name);
      Object.assign(macro, { name, body });
      return toMacro(await em.save(macro));
    }).catch((e) => rethrowDuplicate(e, name));
  }

  delete(id: string): Promise<boolean> {
    return this.db.tx(async (em) => {
      const result = await em.delete(TicketMacroEntity, { id });
      if (!result.affected) throw new NotFoundError('TicketMacro', id);
      return true;
    });
  }

  /** The macro's text for one ticket, variables filled in. */
  render(macroId: string, ticketId: string): Promise<string> {
    return this.db.tx(async (em) => {
      const macro = await em.findOne(TicketMacroEntity, { where: { id: macroId } });
      if (!macro) throw new NotFoundError('TicketMacro', macroId);
      const ticket = await em.findOne(TicketEntity, { where: { id: ticketId } });
      if (!ticket) throw new NotFoundError('Ticket', ticketId);
      const contact = await this.contacts.load(em, ticket.contactId);
      const ws = await this.workspaces.current();
      const language = ws.defaultLocale === 'en' ? 'en' : 'fa';
      const number = language === 'fa' ? toPersianDigits(String(ticket.number)) : String(ticket.number);
      return render(
        macro.body,
        {
          'contact.firstName': contact.firstName, 'contact.lastName': contact.lastName ?? '',
          'contact.fullName': `${contact.firstName} ${contact.lastName ?? ''}`.trim(), 'ticket.number': number, 'ticket.subject': ticket.subject,
          'workspace.name': ws.name,
        },
        language,
      );
    });
  }

  private check(input: TicketMacroInput): { name: string; body: string } {
    const name = input.name.trim();
    const body = input.body.trim();
    if (!name) throw BadInputError.field('input.name', 'must not be empty');
    if (!body) throw BadInputError.field('input.body', 'must not be empty');
    const problems = validateTemplate(null, body);
    if (problems.length) throw BadInputError.field('input.body', problems[0].message);
    const allowed = new Set<string>(MACRO_VARIABLES);
    const other = parseTemplate(body).parts.find((p) => typeof p !== 'string' && !allowed.has(p.variable));
    if (other && typeof other !== 'string') {
      throw BadInputError.field('input.body', `{{${other.variable}}} cannot be used in a canned reply (available: ${MACRO_VARIABLES.map((v) => `{{${v}}}`).join(', ')})`);
    }
    return { name, body };
  }

  private async assertFreeName(em: EntityManager, name: string): Promise<void> {
    if (await em.findOne(TicketMacroEntity, { where: { name } })) throw new ConflictError(`A canned reply named "${name}" already exists`);
  }
}

/** Two saves of one name racing: the unique key refuses the second, reported like the checked case. */
function rethrowDuplicate(e: unknown, name: string): never {
  if (e instanceof QueryFailedError && (e.driverError as { code?: string })?.code === '23505') throw new ConflictError(`A canned reply named "${name}" already exists`);
  throw e;
}
