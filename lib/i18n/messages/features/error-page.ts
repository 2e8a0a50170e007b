/** Strings of the page shown when a page fails (app/error.tsx). The Russian object must have the same shape. */
export const errorPageEn = {
  title: 'Something went wrong',
  body: 'The error was logged. Please try again.',
  retry: 'Try again',
};

export type ErrorPageMessages = typeof errorPageEn;

export const errorPageRu: ErrorPageMessages = {
  title: 'Что-то пошло не так',
  body: 'Ошибка записана в журнал. Попробуйте ещё раз.',
  retry: 'Попробовать снова',
};
