/** The element id a risk's card and fields start with, shared by the list and the matrix. */
export const riskIdBase = (riskId: string) => `risk-${riskId}`;
