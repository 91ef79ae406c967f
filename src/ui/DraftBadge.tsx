/** Marks content that only the dev server shows: written, not yet fit for fellows. */
export function DraftBadge() {
  return (
    <span className="draft-badge" title="Shown in development only; production builds leave drafts out">
      Draft
    </span>
  )
}
