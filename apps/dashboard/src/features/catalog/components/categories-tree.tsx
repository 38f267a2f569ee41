import { ActionIcon, Badge, Box, Button, Card, Group, Modal, NumberInput, Skeleton, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { errorCode } from '@peyvand/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import type { ProductCategoryFieldsFragment } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { notifySuccess } from '@/lib/notify';
import { useCreateProductCategory } from '../api/create-product-category';
import { useProductCategories } from '../api/get-product-categories';
import { useUpdateProductCategory } from '../api/update-product-category';
import { buildCategoryTree, categoryName, type CategoryNode } from '../lib/category-tree';
import { translatingForm } from '../lib/server-text';
import { CategorySelect } from './category-select';

type Category = ProductCategoryFieldsFragment;

/** The category tree with its tags; add a top-level category or a child, edit names, parent and tags. */
export function CategoriesTree() {
  const { t, i18n } = useTranslation();
  const canWrite = usePermission(PERMISSIONS.inventoryWrite);
  const categories = useProductCategories();
  const [editing, setEditing] = useState<{ category: Category | null; parentId: string | null } | null>(null);
  const tree = buildCategoryTree(categories.data ?? []);

  const renderNode = (node: CategoryNode<Category>) => (
    <Box key={node.category.id} data-testid="category-node" data-slug={node.category.slug}>
      <Group justify="space-between" py={6} px="xs" wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={node.category.depth === 0 ? 600 : 400}>
            <bdi>{categoryName(node.category, i18n.language)}</bdi>
          </Text>
          {node.category.nameEn && (
            <Text size="xs" c="dimmed">
              <bdi>{i18n.language === 'en' ? node.category.nameFa : node.category.nameEn}</bdi>
            </Text>
          )}
          {node.category.tags.map((tag) => (
            <Badge key={tag} size="xs" variant="light" color="grape" tt="none">{tag}</Badge>
          ))}
        </Group>
        {canWrite && (
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ category: null, parentId: node.category.id })} data-testid="category-add-child">
              {t('catalog.categories.addChild')}
            </Button>
            <ActionIcon variant="subtle" aria-label={t('common.edit')} onClick={() => setEditing({ category: node.category, parentId: node.category.parentId ?? null })} data-testid="category-edit">
              ✎
            </ActionIcon>
          </Group>
        )}
      </Group>
      {node.children.length > 0 && (
        <Box ps="lg" style={{ borderInlineStart: '2px solid var(--mantine-color-gray-2)' }} ms="xs">
          {node.children.map(renderNode)}
        </Box>
      )}
    </Box>
  );

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="categories">
      <Stack>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">{t('catalog.categories.description')}</Text>
          {canWrite && (
            <Button onClick={() => setEditing({ category: null, parentId: null })} data-testid="category-new">
              {t('catalog.categories.new')}
            </Button>
          )}
        </Group>
        {categories.isError && <ErrorAlert error={categories.error} />}
        {categories.isPending && <Skeleton h={200} />}
        {categories.data?.length === 0 && <Text c="dimmed" size="sm" ta="center" py="xl">{t('catalog.categories.empty')}</Text>}
        <div>{tree.map(renderNode)}</div>
      </Stack>
      {editing && <CategoryModal category={editing.category} parentId={editing.parentId} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function CategoryModal({ category, parentId, onClose }: { category: Category | null; parentId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateProductCategory();
  const update = useUpdateProductCategory();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: {
      nameFa: category?.nameFa ?? '',
      nameEn: category?.nameEn ?? '',
      parentId: parentId as string | null,
      slug: category?.slug ?? '',
      tags: category?.tags ?? ([] as string[]),
      position: category?.position ?? 0,
    },
    validate: { nameFa: (v) => (v.trim() ? null : t('validation.required')) },
  });
  const onError = (e: unknown) => {
    if (errorCode(e) === 'CONFLICT') return form.setFieldError('slug', t('catalog.fieldErrors.slugTaken'));
    if (!applyFieldErrors(translatingForm(form, t), e)) setError(e);
  };
  const submit = form.onSubmit((v) => {
    setError(null);
    const input = {
      nameFa: v.nameFa.trim(),
      nameEn: v.nameEn.trim() || null,
      parentId: v.parentId,
      tags: v.tags,
      position: Number(v.position) || 0,
      ...(v.slug.trim() ? { slug: v.slug.trim() } : {}),
    };
    const done = () => {
      notifySuccess(t('catalog.categories.saved'));
      onClose();
    };
    if (category) update.mutate({ id: category.id, input }, { onSuccess: done, onError });
    else create.mutate(input, { onSuccess: done, onError });
  });
  return (
    <Modal opened onClose={onClose} title={category ? t('catalog.categories.editTitle') : t('catalog.categories.newTitle')} centered>
      <form onSubmit={submit} noValidate data-testid="category-form">
        <Stack>
          {error != null && <ErrorAlert error={error} />}
          <TextInput label={t('catalog.fields.nameFa')} required dir="rtl" data-testid="category-name-fa" {...form.getInputProps('nameFa')} />
          <TextInput label={t('catalog.fields.nameEn')} dir="ltr" data-testid="category-name-en" {...form.getInputProps('nameEn')} />
          <CategorySelect label={t('catalog.categories.parent')} placeholder={t('catalog.categories.topLevel')} exclude={category?.id} data-testid="category-parent" {...form.getInputProps('parentId')} />
          <TagsInput label={t('catalog.categories.tags')} description={t('catalog.categories.tagsHint')} data-testid="category-tags" {...form.getInputProps('tags')} />
          <Group grow>
            <TextInput label={t('catalog.categories.slug')} description={t('catalog.categories.slugHint')} dir="ltr" {...form.getInputProps('slug')} />
            <NumberInput label={t('catalog.categories.position')} allowDecimal={false} dir="ltr" {...form.getInputProps('position')} />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={create.isPending || update.isPending} data-testid="category-submit">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
