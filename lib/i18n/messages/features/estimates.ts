/**
 * Strings of ticket lines, estimates and the client's decision, shared by the ticket page, the
 * public status page, the timeline and the commands' refusals. The Russian object must have the
 * same shape.
 */
export const estimatesEn = {
  title: 'Estimate',
};

export type EstimatesMessages = typeof estimatesEn;

export const estimatesRu: EstimatesMessages = {
  title: 'Смета',
};
