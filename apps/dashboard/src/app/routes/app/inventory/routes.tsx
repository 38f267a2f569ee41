import { MovementsLedger } from '@/features/inventory/components/movements-ledger';
import { StockLevels } from '@/features/inventory/components/stock-levels';
import { WarehousesList } from '@/features/inventory/components/warehouses-list';

export function StockLevelsRoute() {
  return <StockLevels />;
}

export function StockMovementsRoute() {
  return <MovementsLedger />;
}

export function WarehousesRoute() {
  return <WarehousesList />;
}
