import { applyDecorators, SetMetadata } from '@nestjs/common';
import { Permission } from './permissions';

export const ACCESS_KEY = 'peyvand:access';

export type AccessRule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'permission'; permission: Permission };

/** Anyone, signed in or not (sign-up, login, the club's public pages, health). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Any signed-in staff member or API key of the workspace. */
export const Authenticated = () => SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies AccessRule);

/** Staff whose role grants the permission, or API keys holding it as a scope. */
export const RequirePermission = (permission: Permission) =>
  applyDecorators(SetMetadata(ACCESS_KEY, { kind: 'permission', permission } satisfies AccessRule));
