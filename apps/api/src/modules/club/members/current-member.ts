import { Injectable } from '@nestjs/common';
import { ClubMemberPrincipal } from '../../../core/auth/principal';
import { RequestContext } from '../../../core/context/request-context';
import { ForbiddenError } from '../../../core/errors/domain-errors';

/** The signed-in member of a `@ClubMember()` operation: everything it does acts on this contact only. */
@Injectable()
export class CurrentMember {
  constructor(private readonly context: RequestContext) {}

  get(): ClubMemberPrincipal {
    const p = this.context.principal();
    if (p?.kind !== 'member') throw new ForbiddenError('This operation is for club members signed in to the club');
    return p;
  }
}
