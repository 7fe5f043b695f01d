import { namedOtherwise } from '../../lib/claims/personNames';
import type { PageClaim } from '../../lib/messages';
import type { KindGroup } from '../claimSummary';
import { KIND_COLORS, KIND_GROUP_LABELS } from '../kinds';

interface Props {
  groups: KindGroup[];
  onReveal: (id: string) => void;
}

/** How the claim named its source, if otherwise than the name (namedOtherwise), its cue and medium. */
function ClaimMeta({ claim, sourceName }: { claim: PageClaim; sourceName: string }) {
  // A cue that opened its sentence ("Arguing that …") reads as a verb here: "arguing".
  const cue = claim.cue?.toLocaleLowerCase();
  const line = [namedOtherwise(claim.speaker, sourceName), cue, claim.via && `via ${claim.via}`]
    .filter(Boolean)
    .join(' · ');
  return line ? <span className="claim-meta">{line}</span> : null;
}

/** Claims under their sources under their kinds; every string from the page rendered as text. */
export function SourceGroups({ groups, onReveal }: Props) {
  return (
    <div className="groups">
      {groups.map((group) => (
        <section
          key={group.kind}
          className="group"
          data-testid="source-group"
          data-kind={group.kind}
          style={{ borderColor: KIND_COLORS[group.kind].color }}
        >
          <h2 className="group-heading" style={{ color: KIND_COLORS[group.kind].color }}>
            {KIND_GROUP_LABELS[group.kind]} <span className="muted">{group.claimCount}</span>
          </h2>
          {group.sources.map((source) => (
            <div key={source.name} className="source">
              <h3 className="source-name" data-testid="source-name">
                {source.name}
                {source.claims.length > 1 && (
                  <span className="muted"> ×{source.claims.length}</span>
                )}
              </h3>
              <ul className="claims">
                {source.claims.map((claim) => (
                  <li key={claim.id}>
                    <button
                      type="button"
                      className="claim"
                      data-testid="claim-item"
                      data-claim-id={claim.id}
                      title="Show in the page"
                      style={{ background: KIND_COLORS[group.kind].tint }}
                      onClick={() => onReveal(claim.id)}
                    >
                      <span className="quote">{claim.quote}</span>
                      <ClaimMeta claim={claim} sourceName={source.name} />
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
