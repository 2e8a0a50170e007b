import type { StatusCardModel } from '@/lib/status/card';

/**
 * The 1200×630 link-preview card, drawn by next/og (satori): inline styles only, and every box
 * with more than one child is a flex box.
 */
export function StatusCard({ model }: { model: StatusCardModel }) {
  const accent = model.cancelled ? '#64748b' : '#4f46e5';
  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: '#f8fafc', color: '#0f172a', fontSize: 32 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
        <div style={{ width: 20, height: 56, borderRadius: 6, background: accent }} />
        <div style={{ fontSize: 44 }}>{model.company}</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
        <div style={{ display: 'flex', gap: 18, color: '#475569', fontSize: 36 }}>
          <span>{model.request}</span>
          <span style={{ color: '#0f172a' }}>{model.number}</span>
        </div>
        <div style={{ fontSize: 84, color: accent, lineHeight: 1.1 }}>{model.status}</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 18 }}>
        <div style={{ display: 'flex', width: '100%', height: 28, borderRadius: 14, background: '#e2e8f0' }}>
          <div style={{ width: `${model.percent}%`, height: 28, borderRadius: 14, background: accent }} />
        </div>
        <div style={{ display: 'flex', justifyContent: 'space-between', color: '#475569' }}>
          <span>{model.progressText}</span>
          <span>{model.stepText}</span>
        </div>
      </div>
    </div>
  );
}
