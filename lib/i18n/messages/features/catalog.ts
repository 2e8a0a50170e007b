/** Strings of the price list (/catalog). The Russian object must have the same shape. */
export const catalogEn = {
  title: 'Price list',
};

export type CatalogMessages = typeof catalogEn;

export const catalogRu: CatalogMessages = {
  title: 'Прайс-лист',
};
