import { Resolver, Subscription } from '@nestjs/graphql';
import { Authenticated } from '../../core/auth/auth.decorators';
import { Principal } from '../../core/auth/principal';
import { ScreenPop } from './screen-pop.model';
import { SCREEN_POP_TOPIC, ScreenPopMessage, TelephonyService } from './telephony.service';

@Resolver()
export class TelephonyResolver {
  constructor(private readonly telephony: TelephonyService) {}

  @Authenticated()
  @Subscription(() => ScreenPop, {
    description: 'Incoming calls ringing at the signed-in staff member’s extension',
    filter: (message: ScreenPopMessage, _args: unknown, context: { principal?: Principal }) =>
      context.principal?.kind === 'staff' && message.memberId === context.principal.memberId && message.workspaceId === context.principal.workspaceId,
  })
  incomingCall() {
    return this.telephony.pubsub.asyncIterableIterator(SCREEN_POP_TOPIC);
  }
}
