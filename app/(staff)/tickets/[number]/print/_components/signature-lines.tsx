/** One side's signature: who signs (role, position and name when known), a line to sign on, and the name in writing. */
export type SignatureSide = { who: string; position?: string; name?: string; testId: string };

export function SignatureLines({ sides, labels }: { sides: SignatureSide[]; labels: { signature: string; fullName: string } }) {
  return (
    <section className="mt-[1.8em] grid grid-cols-2 gap-[2em] break-inside-avoid" data-testid="signatures">
      {sides.map((side) => (
        <div key={side.testId} data-testid={side.testId}>
          <p className="font-semibold">{side.who}</p>
          {(side.position || side.name) && <p className="text-[0.9em]">{[side.position, side.name].filter(Boolean).join(', ')}</p>}
          <div className="mt-[0.3em] grid grid-cols-[1fr_1.4fr] gap-[1em]">
            {[labels.signature, labels.fullName].map((hint) => (
              <div key={hint}>
                <div className="h-[2.2em] border-b border-slate-900" />
                <p className="mt-[0.2em] text-center text-[0.8em] text-slate-500">({hint})</p>
              </div>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
