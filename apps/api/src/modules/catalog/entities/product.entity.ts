import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { moneyTransformer } from './money.transformer';

/** A node of the workspace's category tree (migration 1764000000006). */
@Entity('product_categories')
export class ProductCategoryEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  @Column({ name: 'name_fa' }) nameFa: string;
  @Column({ name: 'name_en', type: 'text', nullable: true }) nameEn: string | null;
  @Column() slug: string;
  /** Interest hints for later data mining, e.g. "restaurant" on produce. */
  @Column({ type: 'text', array: true }) tags: string[];
  @Column() position: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('products')
export class ProductEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  /** Upper-case, ASCII digits (see normaliseSku). */
  @Column() sku: string;
  @Column({ name: 'name_fa' }) nameFa: string;
  @Column({ name: 'name_en', type: 'text', nullable: true }) nameEn: string | null;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ name: 'category_id', type: 'uuid', nullable: true }) categoryId: string | null;
  @Column() unit: string;
  /** Rial */
  @Column({ name: 'base_price', type: 'bigint', transformer: moneyTransformer }) basePrice: number;
  /** Basis points: 1000 = 10% */
  @Column({ name: 'tax_rate_bp', type: 'int' }) taxRateBp: number;
  @Column({ name: 'image_urls', type: 'text', array: true }) imageUrls: string[];
  @Column() active: boolean;
  @Column({ name: 'low_stock_threshold', type: 'int', nullable: true }) lowStockThreshold: number | null;
  @Column({ name: 'search_text', select: false }) searchText: string;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
