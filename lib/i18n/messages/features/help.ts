/**
 * Strings of the in-app guide (/help) and the Help link in the header (a client component, given
 * its two labels as props). The Russian object must have the same shape.
 */
export const helpEn = {
  link: 'Help',
  linkTitle: 'The guide to this page',
  title: 'User guide',
  contents: 'Contents of the guide',
  diagram:
    'Diagram (Mermaid source). GitHub and most Markdown viewers draw it as a picture; see docs/ in the project. Here it is shown as text.',
};

export type HelpMessages = typeof helpEn;

export const helpRu: HelpMessages = {
  link: 'Справка',
  linkTitle: 'Руководство к этой странице',
  title: 'Руководство пользователя',
  contents: 'Содержание руководства',
  diagram:
    'Диаграмма (исходный текст Mermaid). GitHub и большинство программ просмотра Markdown рисуют её картинкой — см. папку docs/ проекта. Здесь она показана текстом.',
};
