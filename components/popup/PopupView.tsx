import type { PageState } from '../../lib/messages';
import { formatShare, summarizeClaims } from '../claimSummary';
import { KIND_COLORS, KIND_LABELS } from '../kinds';
import { SourceGroups } from './SourceGroups';
import type { PopupView as View } from './usePageState';

interface Props {
  view: View;
  onToggleTeasers: (shown: boolean) => void;
  onReveal: (id: string) => void;
  onOpenOptions: () => void;
}

function Status({ status, children }: { status: string; children: React.ReactNode }) {
  return (
    <section className="status" data-testid="popup-status" data-status={status}>
      {children}
    </section>
  );
}

function Article({
  state,
  onToggleTeasers,
  onReveal,
}: { state: PageState } & Omit<Props, 'view' | 'onOpenOptions'>) {
  const summary = summarizeClaims(state.claims);
  return (
    <>
      <Status status="article">
        <p className="site">{state.meta?.siteName ?? 'Article'}</p>
        <h1 className="title">{state.meta?.title ?? 'Untitled article'}</h1>
      </Status>
      <dl className="stats">
        <div>
          <dt>Claims</dt>
          <dd data-testid="claim-count">{summary.claimCount}</dd>
        </div>
        <div>
          <dt>Sources</dt>
          <dd data-testid="source-count">{summary.sourceCount}</dd>
        </div>
        <div title="Claims from anonymous or unattributed sources">
          <dt>Unnamed</dt>
          <dd data-testid="anon-share">{formatShare(summary.weakShare)}</dd>
        </div>
      </dl>
      {summary.claimCount > 0 && (
        <div className="bar" aria-hidden="true">
          {summary.groups.map((g) => (
            <span
              key={g.kind}
              title={KIND_LABELS[g.kind]}
              style={{ flexGrow: g.claimCount, background: KIND_COLORS[g.kind].color }}
            />
          ))}
        </div>
      )}
      <div className="teasers">
        <span>
          <strong data-testid="teaser-count">{state.hiddenTeaserLinks}</strong> unrelated teaser{' '}
          {state.hiddenTeaserLinks === 1 ? 'link' : 'links'}{' '}
          {state.teasersShown ? 'found' : 'hidden'}
        </span>
        {state.hiddenTeaserLinks > 0 && (
          <label className="switch">
            <input
              type="checkbox"
              data-testid="teaser-toggle"
              checked={state.teasersShown}
              onChange={(e) => onToggleTeasers(e.currentTarget.checked)}
            />
            Show
          </label>
        )}
      </div>
      {state.saveError && (
        <p className="save-error" role="alert" data-testid="save-error">
          These highlights are shown but could not be saved: {state.saveError}
        </p>
      )}
      {summary.claimCount === 0 ? (
        <p className="empty">No attributed claims found in this article.</p>
      ) : (
        <SourceGroups groups={summary.groups} onReveal={onReveal} />
      )}
    </>
  );
}

export function PopupView({ view, onToggleTeasers, onReveal, onOpenOptions }: Props) {
  return (
    <main className="popup">
      <header className="bar-top">
        <span className="brand">Sourcelight</span>
        <button type="button" className="link" data-testid="open-options" onClick={onOpenOptions}>
          Saved highlights &amp; settings
        </button>
      </header>
      {view.kind === 'waiting' && (
        <Status status="loading">
          <p>Reading the page…</p>
        </Status>
      )}
      {view.kind === 'unavailable' && (
        <Status status="unavailable">
          <p>Sourcelight can't run on this page.</p>
          <p className="muted">
            Browser pages and extension stores are off-limits. If the page was open before
            Sourcelight was installed, reload it.
          </p>
        </Status>
      )}
      {view.kind === 'page' && view.state.status === 'loading' && (
        <Status status="loading">
          <p>Reading the page…</p>
        </Status>
      )}
      {view.kind === 'page' && view.state.status === 'not-article' && (
        <Status status="not-article">
          <p>This page doesn't look like a news article.</p>
        </Status>
      )}
      {view.kind === 'page' && view.state.status === 'disabled' && (
        <Status status="disabled">
          <p>Sourcelight is turned off for this site.</p>
          <p className="muted">You can turn it back on in the settings.</p>
        </Status>
      )}
      {view.kind === 'page' && view.state.status === 'article' && (
        <Article state={view.state} onToggleTeasers={onToggleTeasers} onReveal={onReveal} />
      )}
    </main>
  );
}
