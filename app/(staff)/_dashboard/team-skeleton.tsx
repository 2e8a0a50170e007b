/** Stands where the center's figures will appear while they are computed. */
export function TeamSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-6" data-testid="team-skeleton">
      <span className="sr-only">{label}</span>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5" aria-hidden="true">
        {Array.from({ length: 9 }, (_, i) => (
          <div key={i} className="h-20 animate-pulse rounded-lg bg-slate-100" />
        ))}
      </div>
      <div className="grid gap-6 xl:grid-cols-2" aria-hidden="true">
        <div className="h-64 animate-pulse rounded-lg bg-slate-100" />
        <div className="h-64 animate-pulse rounded-lg bg-slate-100" />
      </div>
    </div>
  );
}
