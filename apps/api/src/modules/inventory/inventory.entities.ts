import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('warehouses')
export class WarehouseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column() code: string;
  @Column() name: string;
  @Column({ type: 'text', nullable: true }) address: string | null;
  @Column() active: boolean;
  @Column({ name: 'is_default' }) isDefault: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** Read side only: every write goes through StockService's conditional statements. */
@Entity('stock_levels')
export class StockLevelEntity {
  @PrimaryColumn({ name: 'warehouse_id', type: 'uuid' }) warehouseId: string;
  @PrimaryColumn({ name: 'product_id', type: 'uuid' }) productId: string;
  @Column({ type: 'uuid' }) id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'on_hand', type: 'int' }) onHand: number;
  @Column({ type: 'int' }) reserved: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** The append-only ledger (read side; rows are written by StockService in the statement that changes the level). */
@Entity('stock_movements')
export class StockMovementEntity {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'warehouse_id', type: 'uuid' }) warehouseId: string;
  @Column({ name: 'product_id', type: 'uuid' }) productId: string;
  @Column() kind: string;
  @Column({ type: 'int' }) quantity: number;
  @Column({ name: 'delta_on_hand', type: 'int' }) deltaOnHand: number;
  @Column({ name: 'delta_reserved', type: 'int' }) deltaReserved: number;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'text', nullable: true }) reference: string | null;
  @Column({ name: 'actor_member_id', type: 'uuid', nullable: true }) actorMemberId: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
