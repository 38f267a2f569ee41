import { useParams } from 'react-router';
import { TemplateEditor } from '@/features/messaging/components/template-editor';

export function NewTemplateRoute() {
  return <TemplateEditor />;
}

export function EditTemplateRoute() {
  const { id = '' } = useParams();
  return <TemplateEditor key={id} id={id} />;
}
