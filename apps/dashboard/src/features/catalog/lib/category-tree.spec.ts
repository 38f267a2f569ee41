import { buildCategoryTree, categoryName, categoryOptions, categoryPath, flattenTree, subtreeIds } from './category-tree';

const cats = [
  { id: 'f', parentId: null, nameFa: 'گل', nameEn: 'Flowers', depth: 0, position: 0 },
  { id: 'b', parentId: 'f', nameFa: 'دسته‌گل', nameEn: 'Bouquets', depth: 1, position: 0 },
  { id: 'w', parentId: 'b', nameFa: 'عروس', nameEn: null, depth: 2, position: 0 },
  { id: 's', parentId: 'f', nameFa: 'گل شاخه‌ای', nameEn: 'Cut stems', depth: 1, position: 1 },
  { id: 'g', parentId: null, nameFa: 'کادو', nameEn: 'Gifts', depth: 0, position: 1 },
];

describe('category tree', () => {
  it('nests the flat list, whatever its order', () => {
    const tree = buildCategoryTree([...cats].reverse());
    expect(tree.map((n) => n.category.id).sort()).toEqual(['f', 'g']);
    const flowers = tree.find((n) => n.category.id === 'f')!;
    expect(flowers.children.map((n) => n.category.id).sort()).toEqual(['b', 's']);
    expect(flowers.children.find((n) => n.category.id === 'b')!.children[0].category.id).toBe('w');
    expect(flattenTree(tree).map((c) => c.id)).toEqual(['f', 'b', 'w', 's', 'g']);
  });

  it('makes an orphan a root instead of losing it', () => {
    expect(buildCategoryTree([{ id: 'x', parentId: 'gone', nameFa: 'x', depth: 1 }]).map((n) => n.category.id)).toEqual(['x']);
  });

  it('finds a subtree (a category cannot move under itself or its descendants)', () => {
    expect([...subtreeIds(cats, 'f')].sort()).toEqual(['b', 'f', 's', 'w']);
    expect([...subtreeIds(cats, 's')]).toEqual(['s']);
  });

  it('names by language and shows paths', () => {
    expect(categoryName(cats[2], 'en')).toBe('عروس');
    expect(categoryName(cats[1], 'en')).toBe('Bouquets');
    expect(categoryName(cats[1], 'fa')).toBe('دسته‌گل');
    expect(categoryPath(cats, 'w', 'en')).toBe('Flowers › Bouquets › عروس');
    expect(categoryPath(cats, null, 'en')).toBe('');
  });

  it('indents select options and leaves out a subtree', () => {
    const options = categoryOptions(cats, 'en', 'b');
    expect(options.map((o) => o.value)).toEqual(['f', 's', 'g']);
    expect(options[1].label).toBe('\u00a0\u00a0\u00a0Cut stems');
  });
});
