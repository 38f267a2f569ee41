/** What the store pages show of a product (mapped from the API's ClubProduct). Money is integer Rial. */
export interface StoreProduct {
  id: string;
  name: string;
  unit: string;
  imageUrl: string | null;
  description: string | null;
  /** What this visitor pays (the member's price when signed in). */
  price: number;
  /** The list price, shown struck through when higher than `price`. */
  basePrice: number;
  available: boolean;
  lowStock: boolean;
}

export interface StoreCategory {
  id: string;
  name: string;
  parentId: string | null;
}
