/** Strings of the language switch in the header and on the sign-in page, in the language now shown. */
export const localeSwitchEn = {
  current: (name: string) => `Interface language: ${name}`,
  switchTo: (name: string) => `Show the interface in ${name}`,
};

export type LocaleSwitchMessages = typeof localeSwitchEn;

export const localeSwitchRu: LocaleSwitchMessages = {
  current: (name: string) => `Язык интерфейса: ${name}`,
  switchTo: (name: string) => `Показать интерфейс на языке: ${name}`,
};
