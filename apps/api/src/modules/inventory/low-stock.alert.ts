import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { toPersianDigits } from '@peyvand/text';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { StaffRole } from '../../core/auth/permissions';
import { DomainEvents } from '../../core/events/domain-events';
import { StaffService } from '../identity/staff.service';
import { StaffAlertDefinition } from '../messaging/staff-alerts/staff-alert-events';
import { StaffAlertsService } from '../messaging/staff-alerts/staff-alerts.service';
import { InventoryEvents, LowStockEvent } from './inventory.events';

export const LOW_STOCK_ALERT: StaffAlertDefinition = {
  event: 'stock.low',
  description: { fa: 'موجودی کالایی به حد هشدار رسید', en: 'A product’s stock fell to its low-stock threshold' },
  defaultChannels: ['EMAIL'],
};

/**
 * Low stock → an alert to every active WAREHOUSE member (the owners when the workspace has none), queued in the
 * transaction that took the stock down, once per crossing of the threshold.
 */
@Injectable()
export class LowStockAlert implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly alerts: StaffAlertsService,
    private readonly staff: StaffService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.alerts.register(LOW_STOCK_ALERT);
    this.events.subscribeInTransaction<LowStockEvent>(InventoryEvents.LowStock, async (e, em) => {
      let members = await this.staff.activeMemberIdsWithRole(em, StaffRole.WAREHOUSE);
      if (!members.length) members = await this.staff.activeMemberIdsWithRole(em, StaffRole.OWNER);
      const link = new URL(`/inventory/stock?productId=${e.productId}`, this.config.PUBLIC_URL).toString();
      const fa = (n: number) => toPersianDigits(String(n));
      for (const memberId of members) {
        await this.alerts.notifyIn(em, {
          memberId,
          event: LOW_STOCK_ALERT.event,
          idempotencyKey: `alert:stock.low:${e.movementId}:${memberId}`,
          content: {
            fa: {
              subject: `موجودی کم: ${e.name}`,
              body: `موجودی قابل فروش «${e.name}» (کد ${e.sku}) به ${fa(e.available)} رسید؛ حد هشدار ${fa(e.threshold)} است.\n${link}`,
            },
            en: {
              subject: `Low stock: ${e.name}`,
              body: `Available stock of "${e.name}" (SKU ${e.sku}) is down to ${e.available}; the low-stock threshold is ${e.threshold}.\n${link}`,
            },
          },
        });
      }
    });
  }
}
