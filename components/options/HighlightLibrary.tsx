import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { deleteArticle, deleteHighlight, type SourcelightDb, searchHighlights } from '../../lib/db';
import { SourceKind } from '../../lib/model';
import { KIND_GROUP_LABELS, KIND_ORDER } from '../kinds';
import { ArticleGroup } from './ArticleGroup';

/** Saved highlights of every article, newest article first, with search and a kind filter. */
export function HighlightLibrary({ db }: { db: SourcelightDb }) {
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<SourceKind | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const result = useLiveQuery(() => searchHighlights(db, query, kind), [db, query, kind]);

  const act = async (operation: Promise<{ ok: boolean; error?: { message: string } }>) => {
    const outcome = await operation;
    setActionError(outcome.ok ? null : (outcome.error?.message ?? 'Failed.'));
  };

  const total = result?.ok ? result.value.reduce((n, g) => n + g.highlights.length, 0) : 0;
  return (
    <section className="library" aria-label="Saved highlights">
      <div className="filters">
        <input
          type="search"
          placeholder="Search quotes and sources"
          aria-label="Search quotes and sources"
          data-testid="search"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <select
          aria-label="Source kind"
          data-testid="kind-filter"
          value={kind ?? ''}
          onChange={(e) => {
            const parsed = SourceKind.safeParse(e.currentTarget.value);
            setKind(parsed.success ? parsed.data : null);
          }}
        >
          <option value="">All sources</option>
          {KIND_ORDER.map((k) => (
            <option key={k} value={k}>
              {KIND_GROUP_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      {actionError && (
        <p className="error" role="alert">
          {actionError}
        </p>
      )}
      {result === undefined && <p className="muted">Loading…</p>}
      {result && !result.ok && (
        <p className="error" role="alert" data-testid="library-error">
          {result.error.message}
        </p>
      )}
      {result?.ok && (
        <>
          <p className="muted small" data-testid="highlight-total">
            {total} {total === 1 ? 'highlight' : 'highlights'} in {result.value.length}{' '}
            {result.value.length === 1 ? 'article' : 'articles'}
          </p>
          {result.value.length === 0 && (
            <p className="empty">
              {query || kind
                ? 'No highlights match.'
                : 'No saved highlights yet. Open a news article and Sourcelight keeps its attributed claims here.'}
            </p>
          )}
          {result.value.map((group) => (
            <ArticleGroup
              key={group.article.id}
              group={group}
              onDeleteHighlight={(id) => void act(deleteHighlight(db, id))}
              onDeleteArticle={(id) => void act(deleteArticle(db, id))}
            />
          ))}
        </>
      )}
    </section>
  );
}
