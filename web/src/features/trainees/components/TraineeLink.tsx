import { Link } from 'react-router-dom';

/** A trainee's name (or what stands for it) leading to the trainee's page. */
export function TraineeLink({ id, children }: { id: string | undefined; children: string }) {
  if (!id) return <>{children}</>;
  return <Link to={`/training/trainees/${encodeURIComponent(id)}`}>{children}</Link>;
}
