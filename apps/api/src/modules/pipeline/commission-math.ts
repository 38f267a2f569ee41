/** A tier with its threshold already in Rial. */
export interface RialTier {
  from: number;
  rateBp: number;
}

/**
 * Marginal (progressive) tiers: each tier's rate applies only to the part of `credited` between its threshold and
 * the next one — like income-tax brackets — so crossing a threshold never lowers what was already earned and a
 * rep is never better off just below a threshold. Result in Rial, rounded half up once at the end (exact: BigInt).
 */
export function tieredCommission(credited: number, tiers: readonly RialTier[]): number {
  if (credited <= 0 || !tiers.length) return 0;
  const sorted = [...tiers].sort((a, b) => a.from - b.from);
  let total = 0n;
  for (const [i, tier] of sorted.entries()) {
    const upper = Math.min(credited, sorted[i + 1]?.from ?? Infinity);
    if (upper <= tier.from) break;
    total += BigInt(upper - tier.from) * BigInt(tier.rateBp);
  }
  return Number((total + 5_000n) / 10_000n);
}

/**
 * Attainment tiers in Rial for a target: threshold = target × percent / 100 (rounded). Without a target (none set,
 * or 0) attainment is undefined and only the first tier (which starts at 0%) applies, to everything credited.
 */
export function attainmentTiersInRial(tiers: ReadonlyArray<{ from: number; rateBp: number }>, target: number | null): RialTier[] {
  if (!target || target <= 0) return tiers.slice(0, 1).map((t) => ({ from: 0, rateBp: t.rateBp }));
  return tiers.map((t) => ({ from: Number((BigInt(target) * BigInt(t.from) + 50n) / 100n), rateBp: t.rateBp }));
}

/** achieved / target × 100 with two decimals; null without a positive target. */
export function attainmentPercent(achieved: number, target: number | null): number | null {
  if (!target || target <= 0) return null;
  return Number((BigInt(achieved) * 10_000n + BigInt(Math.floor(target / 2))) / BigInt(target)) / 100;
}
