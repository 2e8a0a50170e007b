'use client';

// Error boundaries are client components and cannot read the server catalog; both languages are shown.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">
        <span lang="ru">Что-то пошло не так</span> / <span lang="en">Something went wrong</span>
      </h1>
      <p className="mt-2 text-slate-700">
        <span lang="ru">Ошибка записана в журнал.</span> <span lang="en">The error was logged.</span>
      </p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-indigo-600 px-3 py-2 text-white">
        <span lang="ru">Попробовать снова</span> / <span lang="en">Try again</span>
      </button>
    </main>
  );
}
