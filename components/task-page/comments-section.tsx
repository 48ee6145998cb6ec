import { getTranslations } from 'next-intl/server';
import type { CommentDto } from '@/db/queries/comments';
import { CommentForm } from './comment-form';
import type { FormAction } from './form-state';
import { formatDateTime } from './format';
import styles from './task-page.module.css';

export async function CommentsSection({ comments, action }: { comments: CommentDto[]; action: FormAction | null }) {
  const t = await getTranslations('taskPage.comments');
  return (
    <section className="card" aria-labelledby="task-comments">
      <h2 id="task-comments">{t('title')}</h2>
      {comments.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <ol className={styles.comments}>
          {comments.map((c) => (
            <li key={c.id}>
              <strong>{c.authorName}</strong>{' '}
              <time className="muted" dateTime={new Date(c.createdAt).toISOString()}>
                {formatDateTime(c.createdAt)}
              </time>
              <p className={styles.commentBody}>{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {action && <CommentForm action={action} />}
    </section>
  );
}
