import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS } from '@/config/constants';
import { usePermission } from '@/lib/authorization';
import { StockActionModal, type StockAction } from './stock-action-modal';

/** Receive / adjust / transfer buttons (inventory:write), optionally for one product or warehouse. */
export function StockActions({ productId, warehouseId, size = 'sm' }: { productId?: string | null; warehouseId?: string | null; size?: string }) {
  const { t } = useTranslation();
  const canWrite = usePermission(PERMISSIONS.inventoryWrite);
  const [action, setAction] = useState<StockAction | null>(null);
  if (!canWrite) return null;
  return (
    <>
      <Group gap="xs">
        {(['receive', 'adjust', 'transfer'] as const).map((a) => (
          <Button key={a} size={size} variant={a === 'receive' ? 'filled' : 'default'} onClick={() => setAction(a)} data-testid={`stock-${a}`}>
            {t(`inventory.actions.open.${a}`)}
          </Button>
        ))}
      </Group>
      {action && <StockActionModal action={action} productId={productId} warehouseId={warehouseId} onClose={() => setAction(null)} />}
    </>
  );
}
