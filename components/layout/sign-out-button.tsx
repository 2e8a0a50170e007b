'use client';

import { LogOut } from '@/components/ui/icons';
import { signOut } from 'next-auth/react';

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: '/login' })}
      className="inline-flex items-center gap-2 rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
    >
      <LogOut aria-hidden className="size-4" />
      {label}
    </button>
  );
}
