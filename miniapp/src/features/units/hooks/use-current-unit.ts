import { createContext, useContext } from 'react';

/** The commune/ward the citizen chose, remembered on the device. */
export type CurrentUnit = { slug: string; name: string };

export type CurrentUnitState = {
  /** null until chosen; undefined while the stored choice is being read (inside Zalo only). */
  unit: CurrentUnit | null | undefined;
  choose: (unit: CurrentUnit) => void;
};

export const CurrentUnitContext = createContext<CurrentUnitState | null>(null);

export function useCurrentUnit(): CurrentUnitState {
  const state = useContext(CurrentUnitContext);
  if (!state) throw new Error('useCurrentUnit must be used inside <CurrentUnitProvider>');
  return state;
}

/** For screens that need a unit: the chosen one (RequireUnit guarantees it is there). */
export function useChosenUnit(): CurrentUnit {
  const { unit } = useCurrentUnit();
  if (!unit) throw new Error('useChosenUnit must be used inside <RequireUnit>');
  return unit;
}
