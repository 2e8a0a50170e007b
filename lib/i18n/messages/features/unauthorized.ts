/** Strings of the 401 page (app/unauthorized.tsx). The Russian object must have the same shape. */
export const unauthorizedEn = {
  title: 'Please sign in',
  body: 'This page is for the service center’s staff.',
  signIn: 'Sign in',
};

export type UnauthorizedMessages = typeof unauthorizedEn;

export const unauthorizedRu: UnauthorizedMessages = {
  title: 'Войдите в систему',
  body: 'Эта страница — для сотрудников сервисного центра.',
  signIn: 'Войти',
};
