import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../../../core/auth/auth.decorators';
import { Connection, PageArgs } from '../../../core/graphql/connection';
import {
  CreateMessageTemplateInput, MessageTemplate, MessageTemplateConnection, MessageTemplateFilter, MessageTemplatePreview, PreviewMessageTemplateInput,
  TemplateVariable, UpdateMessageTemplateInput,
} from './message-template.model';
import { MessageTemplatesService } from './message-templates.service';

@Resolver(() => MessageTemplate)
export class MessageTemplatesResolver {
  constructor(private readonly templates: MessageTemplatesService) {}

  @RequirePermission('templates:read')
  @Query(() => MessageTemplateConnection, { description: 'The workspace’s message templates, newest first' })
  messageTemplates(
    @Args() page: PageArgs,
    @Args('filter', { type: () => MessageTemplateFilter, nullable: true }) filter?: MessageTemplateFilter,
  ): Promise<Connection<MessageTemplate>> {
    return this.templates.list(page, filter ?? {});
  }

  @RequirePermission('templates:read')
  @Query(() => MessageTemplate)
  messageTemplate(@Args('id', { type: () => ID }) id: string): Promise<MessageTemplate> {
    return this.templates.get(id);
  }

  @RequirePermission('templates:read')
  @Query(() => [TemplateVariable], { description: 'The variables a template may use' })
  templateVariables(): TemplateVariable[] {
    return this.templates.variables();
  }

  @RequirePermission('templates:read')
  @Query(() => MessageTemplatePreview, { description: 'A template or draft rendered for a contact, as it would be sent' })
  previewMessageTemplate(@Args('input') input: PreviewMessageTemplateInput): Promise<MessageTemplatePreview> {
    return this.templates.preview(input);
  }

  @RequirePermission('templates:write')
  @Mutation(() => MessageTemplate, { description: 'Variables are checked against templateVariables; key + channel + language is unique' })
  createMessageTemplate(@Args('input') input: CreateMessageTemplateInput): Promise<MessageTemplate> {
    return this.templates.create(input);
  }

  @RequirePermission('templates:write')
  @Mutation(() => MessageTemplate)
  updateMessageTemplate(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateMessageTemplateInput): Promise<MessageTemplate> {
    return this.templates.update(id, input);
  }

  @RequirePermission('templates:write')
  @Mutation(() => Boolean, { description: 'Sent messages keep their text; their template link is cleared' })
  deleteMessageTemplate(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.templates.remove(id);
  }
}
