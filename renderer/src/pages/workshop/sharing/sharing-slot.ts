import { createContext, type ReactNode } from 'react';

/**
 * The sharing controls the stage hands to the board's top bar, past WorkshopBoard (which has
 * enough to carry already).
 */
export const SharingSlot = createContext<ReactNode>(null);
