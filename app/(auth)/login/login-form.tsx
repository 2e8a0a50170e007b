'use client';

import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Field, Input } from '@/components/ui';

type Labels = {
  email: string;
  password: string;
  submit: string;
  submitting: string;
  invalid: string;
  locked: string;
  failed: string;
  emailRequired: string;
  passwordRequired: string;
};

type Errors = { email?: string; password?: string; form?: string };

export function LoginForm({ callbackUrl, labels }: { callbackUrl: string; labels: Labels }) {
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const fieldErrors: Errors = {
      email: email ? undefined : labels.emailRequired,
      password: password ? undefined : labels.passwordRequired,
    };
    if (fieldErrors.email || fieldErrors.password) {
      setErrors(fieldErrors);
      // Where to type next: the first field that needs it.
      document.getElementById(fieldErrors.email ? 'field-email' : 'field-password')?.focus();
      return;
    }

    setPending(true);
    const result = await signIn('credentials', { email, password, redirect: false });
    if (result?.ok && !result.error) {
      // A full navigation, so the server renders the staff pages with the new session.
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    const message = result?.error === 'locked' ? labels.locked : result?.error === 'invalid' ? labels.invalid : labels.failed;
    setErrors({ form: message });
  }

  return (
    <form id="login-form" onSubmit={onSubmit} noValidate className="space-y-4">
      {errors.form && <Alert tone="danger">{errors.form}</Alert>}
      <Field label={labels.email} name="email" error={errors.email}>
        {(p) => <Input {...p} type="email" autoComplete="username" />}
      </Field>
      <Field label={labels.password} name="password" error={errors.password}>
        {(p) => <Input {...p} type="password" autoComplete="current-password" />}
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
