import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { RequestLoaders } from '../../core/context/request-loaders';
import { ContactLoaders } from '../contacts/contacts.loaders';
import { Contact } from '../contacts/models/contact.model';
import { StaffMember } from '../identity/models/staff.model';
import { StaffLoader } from '../identity/staff.loader';
import { CreateTaskInput, Task, TaskScope, TaskStatus, UpdateTaskInput } from './task.model';
import { TasksService } from './tasks.service';

@Resolver(() => Task)
export class TasksResolver {
  constructor(
    private readonly tasks: TasksService,
    private readonly staff: StaffLoader,
    private readonly contactLoaders: ContactLoaders,
  ) {}

  @RequirePermission('contacts:read')
  @Query(() => [Task], { description: 'The caller’s open tasks: due today, overdue, upcoming or all' })
  myTasks(@Args('scope', { type: () => TaskScope, defaultValue: TaskScope.TODAY }) scope: TaskScope): Promise<Task[]> {
    return this.tasks.mine(scope);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Task)
  createTask(@Args('input') input: CreateTaskInput): Promise<Task> {
    return this.tasks.create(input);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Task)
  updateTask(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateTaskInput): Promise<Task> {
    return this.tasks.update(id, input);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Task, { description: 'Marks the task done with its outcome; lands on the contact’s timeline' })
  completeTask(@Args('id', { type: () => ID }) id: string, @Args('outcome', { type: () => String, nullable: true }) outcome?: string | null): Promise<Task> {
    return this.tasks.complete(id, outcome);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Task)
  cancelTask(@Args('id', { type: () => ID }) id: string): Promise<Task> {
    return this.tasks.cancel(id);
  }

  @ResolveField(() => StaffMember, { nullable: true })
  assignee(@Parent() task: Task): Promise<StaffMember | null> {
    return task.assigneeMemberId ? this.staff.load(task.assigneeMemberId) : Promise.resolve(null);
  }

  @ResolveField(() => Contact, { nullable: true })
  contact(@Parent() task: Task): Promise<Contact | null> {
    return task.contactId ? this.contactLoaders.contact(task.contactId) : Promise.resolve(null);
  }
}

@Resolver(() => Contact)
export class ContactTasksResolver {
  constructor(
    private readonly service: TasksService,
    private readonly loaders: RequestLoaders,
  ) {}

  @ResolveField(() => [Task], { description: 'Tasks about this contact' })
  tasks(@Parent() contact: Contact, @Args('status', { type: () => TaskStatus, nullable: true }) status?: TaskStatus): Promise<Task[]> {
    return this.loaders
      .get<string, Task[]>(`tasksByContact:${status ?? 'all'}`, async (ids) => {
        const map = await this.service.ofContacts(ids, status);
        return ids.map((id) => map.get(id) ?? []);
      })
      .load(contact.id);
  }
}
