import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, RequirePermission } from '../../core/auth/auth.decorators';
import { UpdateWorkspaceInput } from './dto/update-workspace.input';
import { PublicWorkspace, Workspace } from './models/workspace.model';
import { WorkspacesService } from './workspaces.service';

@Resolver()
export class WorkspacesResolver {
  constructor(private readonly workspaces: WorkspacesService) {}

  @RequirePermission('workspace:read')
  @Query(() => Workspace)
  workspace(): Promise<Workspace> {
    return this.workspaces.current();
  }

  @RequirePermission('workspace:manage')
  @Mutation(() => Workspace)
  updateWorkspace(@Args('input') input: UpdateWorkspaceInput): Promise<Workspace> {
    return this.workspaces.update(input);
  }

  @Public()
  @Query(() => PublicWorkspace, { nullable: true, description: "A club's public face by its address; null when unknown" })
  async publicWorkspace(@Args('slug') slug: string): Promise<PublicWorkspace | null> {
    const ws = await this.workspaces.findBySlug(slug);
    if (!ws) return null;
    return {
      name: ws.name,
      slug: ws.slug,
      defaultLocale: ws.defaultLocale,
      branding: {
        primaryColor: ws.branding.primaryColor ?? '#0f766e',
        logoUrl: ws.branding.logoUrl ?? null,
        tagline: ws.branding.tagline ?? null,
      },
    };
  }
}
