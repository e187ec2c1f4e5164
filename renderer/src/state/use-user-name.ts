import { useCallback, useEffect, useState } from 'react';
import { getPlanApi } from '../api/get-plan-api';

/**
 * The name the change log records this machine's changes under (app settings). `null` while
 * it is being read.
 */
export function useUserName(): { name: string | null; save: (name: string) => Promise<void> } {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    getPlanApi()
      .getAppSettings({})
      .then(
        (settings) => current && setName(settings.userName),
        () => current && setName(''),
      );
    return () => {
      current = false;
    };
  }, []);
  const save = useCallback(async (next: string) => {
    const settings = await getPlanApi().updateAppSettings({ userName: next });
    setName(settings.userName);
  }, []);
  return { name, save };
}
