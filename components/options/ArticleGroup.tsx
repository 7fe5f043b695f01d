import { namedOtherwise } from '../../lib/claims/personNames';
import type { ArticleWithHighlights } from '../../lib/db';
import { KIND_COLORS, KIND_LABELS } from '../kinds';

interface Props {
  group: ArticleWithHighlights;
  onDeleteHighlight: (id: number) => void;
  onDeleteArticle: (id: number) => void;
}

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** Who a highlight is from, with how the article named them when that is no part of the name. */
function source(speaker: string | null, resolved: string | null): string {
  const other = resolved && namedOtherwise(speaker, resolved);
  if (resolved && other) return `${resolved} (“${other}”)`;
  return resolved ?? speaker ?? 'No source given';
}

/** One saved article and its highlights; all page text rendered as React text. */
export function ArticleGroup({
  group: { article, highlights },
  onDeleteHighlight,
  onDeleteArticle,
}: Props) {
  return (
    <article className="article-group" data-testid="article-group" data-article-id={article.id}>
      <header className="article-head">
        <div>
          <h2 className="article-title">
            {isWebUrl(article.url) ? (
              <a href={article.url} target="_blank" rel="noreferrer noopener">
                {article.title || article.url}
              </a>
            ) : (
              article.title || article.url
            )}
          </h2>
          <p className="muted small">
            {[
              article.siteName,
              article.byline,
              `seen ${new Date(article.lastSeen).toLocaleDateString()}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <button
          type="button"
          className="danger subtle"
          data-testid="delete-article"
          onClick={() => onDeleteArticle(article.id)}
        >
          Delete article
        </button>
      </header>
      <ul className="highlights">
        {highlights.map((h) => (
          <li
            key={h.id}
            className="highlight"
            data-testid="highlight-item"
            data-kind={h.sourceKind}
            style={{ borderColor: KIND_COLORS[h.sourceKind].color }}
          >
            <div>
              <p className="quote">{h.quote}</p>
              <p className="small">
                <span className="kind" style={{ color: KIND_COLORS[h.sourceKind].color }}>
                  {KIND_LABELS[h.sourceKind]}
                </span>{' '}
                {source(h.speaker, h.resolvedSpeaker)}
                {h.via && <span className="muted"> via {h.via}</span>}
                {h.orphaned && (
                  <span className="muted" data-testid="orphaned">
                    {' '}
                    · not found on the page at the last visit
                  </span>
                )}
              </p>
            </div>
            <button
              type="button"
              className="subtle"
              data-testid="delete-highlight"
              aria-label="Delete this highlight"
              title="Delete this highlight"
              onClick={() => onDeleteHighlight(h.id)}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
    </article>
  );
}
