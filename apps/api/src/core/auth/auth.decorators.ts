import { applyDecorators, SetMetadata } from '@nestjs/common';
import { Permission } from './permissions';

export const ACCESS_KEY = 'peyvand:access';

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'permission'; permission: Permission }
  | { kind: 'member' };

/** Anyone, signed in or not (sign-up, login, the club's public pages, health). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Any signed-in staff member or API key of the workspace (never a club member). */
export const Authenticated = () => SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies AccessRule);

/** Staff whose role grants the permission, or API keys holding it as a scope. */
export const RequirePermission = (permission: Permission) =>
  applyDecorators(SetMetadata(ACCESS_KEY, { kind: 'permission', permission } satisfies AccessRule));

/** A customer signed in to the club; the operation acts on their own contact only. */
export const ClubMember = () => SetMetadata(ACCESS_KEY, { kind: 'member' } satisfies AccessRule);
