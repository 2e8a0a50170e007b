/** Strings of the "page not found" page (app/not-found.tsx). The Russian object must have the same shape. */
export const notFoundEn = {
  title: 'Page not found',
  body: 'The page does not exist or was removed.',
  home: 'Go to the dashboard',
};

export type NotFoundMessages = typeof notFoundEn;

export const notFoundRu: NotFoundMessages = {
  title: 'Страница не найдена',
  body: 'Такой страницы нет или она удалена.',
  home: 'На главную',
};
