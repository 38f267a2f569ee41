import { MyTasks } from '@/features/tasks/components/my-tasks';

export function TasksRoute() {
  return <MyTasks />;
}
