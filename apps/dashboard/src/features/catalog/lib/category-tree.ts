// The API returns the category tree depth-first (each category followed by its children) with a depth.
// These helpers turn that list into what the screens need: nested nodes, indented select options, names.

export interface CategoryLike {
  id: string;
  parentId?: string | null;
  nameFa: string;
  nameEn?: string | null;
  depth: number;
  position?: number;
}

export interface CategoryNode<C extends CategoryLike> {
  category: C;
  children: Array<CategoryNode<C>>;
}

/** The category's name in the UI language (Persian when it has no English name). */
export function categoryName(c: Pick<CategoryLike, 'nameFa' | 'nameEn'>, locale: string): string {
  return locale === 'en' && c.nameEn ? c.nameEn : c.nameFa;
}

/** Nested nodes from the flat list (any order); a category whose parent is missing becomes a root. */
export function buildCategoryTree<C extends CategoryLike>(categories: C[]): Array<CategoryNode<C>> {
  const nodes = new Map(categories.map((c) => [c.id, { category: c, children: [] as Array<CategoryNode<C>> }]));
  const roots: Array<CategoryNode<C>> = [];
  for (const c of categories) {
    const node = nodes.get(c.id)!;
    const parent = c.parentId ? nodes.get(c.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The ids of a category and everything under it (a category cannot move under one of these). */
export function subtreeIds(categories: CategoryLike[], id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const c of categories) if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  const out = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const current = stack.pop()!;
    if (out.has(current)) continue;
    out.add(current);
    stack.push(...(children.get(current) ?? []));
  }
  return out;
}

/** "Flowers › Bouquets": the path from the root, for lists and selected values. */
export function categoryPath(categories: CategoryLike[], id: string | null | undefined, locale: string): string {
  if (!id) return '';
  const byId = new Map(categories.map((c) => [c.id, c]));
  const names: string[] = [];
  const seen = new Set<string>();
  for (let c = byId.get(id); c && !seen.has(c.id); c = c.parentId ? byId.get(c.parentId) : undefined) {
    seen.add(c.id);
    names.unshift(categoryName(c, locale));
  }
  return names.join(' › ');
}

/**
 * Select options in tree order, indented by depth (the list as the API returns it, depth-first); `exclude`
 * leaves out a category and its descendants (choosing a parent for it).
 */
export function categoryOptions(categories: CategoryLike[], locale: string, exclude?: string): Array<{ value: string; label: string }> {
  const skip = exclude ? subtreeIds(categories, exclude) : new Set<string>();
  return flattenTree(buildCategoryTree(categories))
    .filter((c) => !skip.has(c.id))
    .map((c) => ({ value: c.id, label: `${'\u00a0\u00a0\u00a0'.repeat(c.depth)}${categoryName(c, locale)}` }));
}

/** Depth-first order, children by position then name. */
export function flattenTree<C extends CategoryLike>(nodes: Array<CategoryNode<C>>): C[] {
  const sorted = [...nodes].sort((a, b) => (a.category.position ?? 0) - (b.category.position ?? 0) || a.category.nameFa.localeCompare(b.category.nameFa, 'fa'));
  return sorted.flatMap((n) => [n.category, ...flattenTree(n.children)]);
}
