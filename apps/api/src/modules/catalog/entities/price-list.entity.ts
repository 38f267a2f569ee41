import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { moneyTransformer } from './money.transformer';

@Entity('price_lists')
export class PriceListEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column() name: string;
  @Column() kind: 'TIER' | 'SEGMENT' | 'CONTACT' | 'ALL';
  /** Tier code, segment id or contact id; null for ALL. */
  @Column({ type: 'text', nullable: true }) target: string | null;
  @Column() priority: number;
  @Column({ name: 'valid_from', type: 'timestamptz', nullable: true }) validFrom: Date | null;
  @Column({ name: 'valid_to', type: 'timestamptz', nullable: true }) validTo: Date | null;
  @Column() active: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('price_list_items')
export class PriceListItemEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'price_list_id' }) priceListId: string;
  @Column({ name: 'product_id', type: 'uuid', nullable: true }) productId: string | null;
  @Column({ name: 'category_id', type: 'uuid', nullable: true }) categoryId: string | null;
  /** A fixed unit price in Rial, or null when discountBp is set. */
  @Column({ type: 'bigint', nullable: true, transformer: moneyTransformer }) price: number | null;
  @Column({ name: 'discount_bp', type: 'int', nullable: true }) discountBp: number | null;
  @Column({ name: 'min_quantity', type: 'int' }) minQuantity: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
